"""The one XML parser for parts of Word files: no DTD, no entity, no network, no huge
tree. Its own module, so that writing a document with the built-in style (which reads
its theme with it) does not import the bounded reader of other people's files
(``wizard.output.office_zip``), which uses it too."""

from __future__ import annotations

from lxml import etree


def safe_parser() -> etree.XMLParser:
    """No DTD loaded, no entity resolved, no network, no huge trees."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
    )
