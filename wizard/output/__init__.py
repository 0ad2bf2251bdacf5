"""The output: the Word writer, the HTML preview, export, the calendar file and PDF conversion.

Output reads the content's outline and the answers; nothing below imports it.
"""
