; Inno Setup 6 script: the Windows installer of Social Media Policy Builder.
; Built by .github/workflows/release.yml after `python run.py bundle` made
; dist\policy-builder (PyInstaller), from the repository's root:
;
;     iscc /DAppVersion=0.1.0 packaging\windows\installer.iss
;
; Installs for the current user without administrator rights (or for everyone, when
; chosen in the first dialog), adds a Start-menu entry, and offers the program under
; "Open with" for *.json files: Windows associates files by their last extension only,
; so *.policy.json cannot have a file type of its own.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Social Media Policy Builder"
#define AppExe "policy-builder.exe"
#define ProgId "SocialMediaPolicyBuilder.Project"

[Setup]
AppId={{7B1C5C2E-4F0A-4E8B-9C57-2D3B6A1E9F40}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=social-media-policy-builder-{#AppVersion}-windows-x64-setup
SetupIconFile=resources\icons\policy-builder.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: policy-builder.exe (the window), policy-builder-cli.exe
; (the command line, with a console) and _internal.
Source: "dist\policy-builder\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{#AppName} project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
