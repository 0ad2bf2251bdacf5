"""LibreOffice, headless, accepting or rejecting every tracked change of a document and
saving its text: what a works council member does with a redline in LibreOffice.

A Basic macro in a private profile; the profile is made once per test session.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

_MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1"
 script:language="StarBasic">
Sub PlainText(source As String, mode As String, target As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot;
  load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(source), &quot;_blank&quot;, 0, load())
  dispatcher = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
  frame = doc.getCurrentController().getFrame()
  command = &quot;&quot;
  If mode = &quot;accept&quot; Then command = &quot;.uno:AcceptAllTrackedChanges&quot;
  If mode = &quot;reject&quot; Then command = &quot;.uno:RejectAllTrackedChanges&quot;
  If command &lt;&gt; &quot;&quot; Then
    dispatcher.executeDispatch(frame, command, &quot;&quot;, 0, Array())
  End If
  Dim store(1) As New com.sun.star.beans.PropertyValue
  store(0).Name = &quot;FilterName&quot;
  store(0).Value = &quot;Text (encoded)&quot;
  store(1).Name = &quot;FilterOptions&quot;
  store(1).Value = &quot;UTF8&quot;
  doc.storeToURL(ConvertToURL(target), store())
  doc.close(True)
End Sub
</script:module>
"""


class LibreOfficeText:
    """``text(document, mode)``: the document's text after *Accept all* (``accept``),
    *Reject all* (``reject``) or as it is (``as_is``)."""

    def __init__(self, profile: Path) -> None:
        self.profile = profile
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--terminate_after_init",
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        module = profile / "user" / "basic" / "Standard" / "Module1.xba"
        module.write_text(_MACRO, encoding="utf-8")

    def text(self, document: Path, mode: str) -> str:
        target = document.with_name(f"{document.stem}.{mode}.txt")
        target.unlink(missing_ok=True)
        call = f'macro:///Standard.Module1.PlainText("{document}","{mode}","{target}")'
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={self.profile.as_uri()}",
                "--headless",
                "--norestore",
                call,
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        return target.read_text(encoding="utf-8-sig")
