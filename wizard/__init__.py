"""The core of Social Media Policy Builder: no Qt."""

__version__ = "0.1.0"
