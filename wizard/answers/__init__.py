"""The answers: the project model and its choices, the project file, drafts, labels and messages.

Imports run downwards only: answers use the basics in ``wizard`` (files, paths, sanitise,
language) and nothing from ``wizard.content`` or ``wizard.output``.
"""
