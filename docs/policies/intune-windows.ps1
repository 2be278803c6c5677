# Second Look: force-install and managed policy for Google Chrome and Microsoft Edge on Windows.
# EXAMPLE with placeholder values: the extension id aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa and the
# extensions.example.org URLs. `npm run package -- --base-url https://your.host/path/` writes
# this file for your own signing key's id and URL into .output/package/policies/ (docs/admin.md).
# Intune: Devices > Scripts and remediations > Platform scripts > Add (Windows 10 and later);
# "Run this script using the logged on credentials": No (it writes HKLM); "Run script in 64 bit
# PowerShell Host": Yes. Check the registry text below with: second-look policy check THIS_FILE
$ErrorActionPreference = 'Stop'
$reg = @'
Windows Registry Editor Version 5.00

; Google Chrome: install the extension from your server. If you already force-install other
; extensions, their entries are "1", "2", ...: give this one the next free number instead of "1".
[HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Google\Chrome\ExtensionInstallForcelist]
"1"="aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;https://extensions.example.org/second-look/updates.xml"

; Google Chrome: the policy. Removing the key first drops values an earlier policy set.
[-HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Google\Chrome\3rdparty\extensions\aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa]

[HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Google\Chrome\3rdparty\extensions\aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\policy]
"sensitivity"="standard"
"confirmRequiresReason"=dword:00000001
"pauseAllowed"=dword:00000000

[HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Google\Chrome\3rdparty\extensions\aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\policy\sites]
"x"=dword:00000001
"facebook"=dword:00000001
"linkedin"=dword:00000001
"reddit"=dword:00000001
"instagram"=dword:00000001
"threads"=dword:00000001
"bluesky"=dword:00000001
"mastodon"=dword:00000001
"whatsapp"=dword:00000001
"messenger"=dword:00000001

[HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Google\Chrome\3rdparty\extensions\aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\policy\extraSites]
"1"="forum.example.org"

[HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Google\Chrome\3rdparty\extensions\aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\policy\actions]
"low"="show"
"medium"="confirm"
"high"="block"

[HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Google\Chrome\3rdparty\extensions\aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\policy\rules]

[HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Google\Chrome\3rdparty\extensions\aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\policy\rules\conduct.employer]
"severity"="low"

[HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Google\Chrome\3rdparty\extensions\aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\policy\watchTerms]
"1"="St. Mary's"
"2"="4 West"
"3"="Cardiac ICU"

[HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Google\Chrome\3rdparty\extensions\aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\policy\allowTerms]
"1"="(614) 555-0100"

; Microsoft Edge: install the extension from your server. If you already force-install other
; extensions, their entries are "1", "2", ...: give this one the next free number instead of "1".
[HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\Edge\ExtensionInstallForcelist]
"1"="aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;https://extensions.example.org/second-look/updates.xml"

; Microsoft Edge: the policy. Removing the key first drops values an earlier policy set.
[-HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\Edge\3rdparty\extensions\aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa]

[HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\Edge\3rdparty\extensions\aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\policy]
"sensitivity"="standard"
"confirmRequiresReason"=dword:00000001
"pauseAllowed"=dword:00000000

[HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\Edge\3rdparty\extensions\aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\policy\sites]
"x"=dword:00000001
"facebook"=dword:00000001
"linkedin"=dword:00000001
"reddit"=dword:00000001
"instagram"=dword:00000001
"threads"=dword:00000001
"bluesky"=dword:00000001
"mastodon"=dword:00000001
"whatsapp"=dword:00000001
"messenger"=dword:00000001

[HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\Edge\3rdparty\extensions\aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\policy\extraSites]
"1"="forum.example.org"

[HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\Edge\3rdparty\extensions\aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\policy\actions]
"low"="show"
"medium"="confirm"
"high"="block"

[HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\Edge\3rdparty\extensions\aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\policy\rules]

[HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\Edge\3rdparty\extensions\aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\policy\rules\conduct.employer]
"severity"="low"

[HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\Edge\3rdparty\extensions\aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\policy\watchTerms]
"1"="St. Mary's"
"2"="4 West"
"3"="Cardiac ICU"

[HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\Edge\3rdparty\extensions\aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\policy\allowTerms]
"1"="(614) 555-0100"
'@
$file = Join-Path $env:TEMP 'second-look-policy.reg'
Set-Content -Path $file -Value $reg -Encoding Unicode
& reg.exe import $file
$status = $LASTEXITCODE
Remove-Item -Path $file -Force
if ($status -ne 0) { throw "reg import failed with exit code $status" }
