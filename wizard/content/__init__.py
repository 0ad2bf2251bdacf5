"""The content: what the documents say, tailored to the answers, as an outline.

Content reads the answers (``wizard.answers``) and the basics; never the output.
"""
