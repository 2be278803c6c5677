/** Help texts. Kept next to the parser so an option added there is documented here. */

const EXIT_CODES = `Exit codes:
  0  the scan ran (whatever it found), unless --fail-on says otherwise
  1  --fail-on <severity> was given and a verdict reached that severity
  2  usage error, unreadable input, or (with --jsonl) at least one malformed line`;

export const MAIN_HELP = `second-look - warns before a post discloses protected health information (PHI) or
breaches professional conduct. Runs the same engine as the browser extension, entirely on this
machine: no text is sent anywhere.

Usage:
  second-look scan [options] "<post text>"       human-readable report
  second-look scan [options] < post.txt           same, text from stdin
  second-look scan --jsonl [options] < in.jsonl   one JSON result per input line
  second-look scan-image [--json] FILE...         OCR and check images (JPEG, PNG)
  second-look policy check [--json] FILE          check a policy file before rolling it out
  second-look help [scan | scan-image | policy]
  second-look --version

Commands:
  scan        Check a post, or many posts as JSON lines. See 'second-look scan --help'.
  scan-image  Read the text burned into images (X-rays, screenshots, photos) and check it, the
              image itself (does it look medical?) and its EXIF location.

              See 'second-look scan-image --help'.
  policy      'policy check FILE' reads a policy file as the browser would (.json, .reg, .ps1,
              .mobileconfig, .plist) and prints what Second Look applies, and every problem.
              See 'second-look policy --help'.
  help        Show this help; 'second-look help scan' for a command.

Options:
  -h, --help      Show help
  -V, --version   Print the version

${EXIT_CODES}

Examples:
  second-look scan "Pt in room 612 turned 97 today"
  second-look scan --fail-on medium < draft.txt && echo "safe to post"
  second-look scan --jsonl --sensitivity strict < posts.jsonl > results.jsonl
  second-look scan-image --json xray.jpg screenshot.png
  second-look policy check docs/policies/chrome-windows.reg

From a clone, after npm ci: npx second-look ... (or npm run --silent cli -- ...)
`;

export const SCAN_HELP = `second-look scan - check posts for PHI and conduct problems

Usage:
  second-look scan [options] "<post text>"
  second-look scan [options] < post.txt
  second-look scan --jsonl [options] < posts.jsonl

Without --jsonl, the text to check is the argument (several words are joined with spaces, like
echo; put '--' before text that starts with '-'), or stdin when it is piped. The report shows the
verdict, the post with each finding highlighted and numbered, and per finding: severity, rule id,
the matched text, the message, the guidance, and the suggested replacement if there is one.

Options:
  --jsonl                     Read one JSON object per line from stdin, write one per line to stdout
  --sensitivity <level>       'standard' (default) or 'strict' (flags more, e.g. identifiers
                              without a clear patient reference); overrides the policy's
  --fail-on <severity>        Exit 1 when a verdict is at least 'low', 'medium' or 'high'
                              (with --jsonl: any line's verdict). Without it, exit 0 after a scan.
  --policy <file>             Scan under a policy: rules on/off, severity overrides, watch and
                              allow terms, sensitivity. Any policy file 'policy check' reads
                              (.json in every form, .reg, .ps1, .mobileconfig, .plist; see
                              docs/admin.md). A bad file stops with exit 2.
  --color, --no-color         Force ANSI colour on or off in the human report
  -h, --help                  Show this help

Colour: on when stdout is a terminal. NO_COLOR (non-empty) turns it off, FORCE_COLOR turns it
on (FORCE_COLOR=0 off); --color / --no-color override both. NO_COLOR beats FORCE_COLOR.

JSONL input, one object per line (other fields are ignored; blank lines are skipped but counted,
CRLF line ends and a last line without a newline are fine):
  {"id": "p1", "text": "SSN 623-11-4087 on the facesheet"}
  id: string or number, optional (null in the output when absent); text: string, required

JSONL output, one line per non-blank input line, in input order:
  {"id":"p1","verdict":"high","findings":[{"rule":"phi.ssn","severity":"high","start":4,
   "end":15,"match":"623-11-4087","message":"..."}],"ms":0.214}
  verdict: ok | low | medium | high (the highest finding severity); start/end: UTF-16 offsets
  into text, end exclusive; ms: engine time for that text, in milliseconds
A malformed line (invalid JSON, not an object, missing or non-string text, id neither a string
nor a number) gives an error line instead, and scanning continues:
  {"id":null,"line":3,"error":"line 3: invalid JSON: ..."}

${EXIT_CODES}

Examples:
  second-look scan "Shoutout to the lady in room 12, SSN 623-11-4087"
  second-look scan --no-color < draft.txt | less
  second-look scan --fail-on medium "Great CPR class today"; echo $?
  second-look scan --jsonl < posts.jsonl > results.jsonl
  printf '{"id":1,"text":"SSN 623-11-4087"}\\n' | second-look scan --jsonl --sensitivity strict
`;

export const SCAN_IMAGE_HELP = `second-look scan-image - read and check images before they are posted

Usage:
  second-look scan-image [options] FILE...

Each JPEG or PNG is read on this machine (tesseract OCR, bundled English model; nothing is
downloaded or sent): the text burned into it (an X-ray's name and DOB overlay, a screenshot) goes
through the same checks as a post, with a box saying where in the image each finding is; the
image is also judged on whether it looks like a medical image (radiograph, CT, MRI, ultrasound,
ECG or monitor), and its EXIF GPS location is reported. Faces in photos (not in films or scans)
are phi.face: a low reminder to ask for consent, medium when the image itself shows a clinical
setting (a ward, a wristband, a monitor); the extension also weighs the draft beside the image.

Options:
  --json                  One JSON object per file on stdout, in argument order
  --sensitivity <level>   'standard' (default) or 'strict', as for scan
  --fail-on <severity>    Exit 1 when any file's verdict is at least 'low', 'medium' or 'high'
  -h, --help              Show this help

JSON output, one line per file:
  {"file":"xray.jpg","verdict":"high","findings":[{"rule":"phi.name","severity":"high",
   "start":0,"end":9,"match":"DOE, JOHN","message":"...","source":"image",
   "box":{"x":41,"y":1893,"w":212,"h":24}}, ...],"ocrText":"DOE, JOHN [M]\\nDOB 03.14.1957...",
   "medical":{"likely":true,"score":0.9},"ms":1180}
  start/end: offsets into ocrText; box: the finding's place in the image, in pixels (x, y from
  the top-left corner). Whole-image findings (image.medical, image.location) have no box.
  "location":{"lat":..,"lon":..} is added when the image carries EXIF GPS.
  ms: decoding, OCR and checks for that file (the OCR worker's start-up, once, is not included).
A file that cannot be read or is not a JPEG/PNG image gives an error line, and the rest carry on:
  {"file":"notes.txt","error":"not a JPEG or PNG image"}

Exit codes:
  0  every file was scanned (whatever was found), unless --fail-on says otherwise
  1  --fail-on <severity> was given and a verdict reached that severity
  2  usage error, or at least one file could not be read or decoded

Examples:
  second-look scan-image --json chest.jpg
  second-look scan-image --fail-on medium photo.jpg && echo "safe to post"
`;

export const POLICY_HELP = `second-look policy check - check a policy file before rolling it out

Usage:
  second-look policy check [--json] FILE

Reads FILE the way its browser reads it and validates the result with the extension's own
checks, so the problems it prints are the ones staff would see in the popup:
  .json          Chrome/Chromium/Edge policy file for Linux, Firefox policies.json, the Google
                 Admin console form ({"sensitivity": {"Value": "strict"}}), or the plain policy
  .reg           Windows registry file (Chrome or Edge; objects are subkeys, lists are values
                 named 1..n, booleans are DWORDs, converted with the extension's managed schema)
  .ps1           the Intune script npm run package writes (the .reg inside it)
  .mobileconfig  macOS configuration profile (a com.google.Chrome.extensions.<id> payload, or
                 the Custom Settings form)
  .plist         macOS managed preferences (com.google.Chrome.extensions.<id>.plist)

Prints which extension the file installs and from where, which extension its settings are for,
every setting Second Look will apply (defaults where the file sets nothing; "locked" where staff
cannot change it), and every problem: an invalid value, a setting Second Look does not know, a
force-install of another id than the settings', an update URL that is not HTTPS.

Options:
  --json       One JSON object: file, format, browser, extensionId, installs, problems, policy
               (effective), locked
  -h, --help   Show this help

Exit codes:
  0  the file was read and every setting is valid
  2  usage error, a file that cannot be read as a policy, or at least one problem

Examples:
  second-look policy check docs/policies/chrome-windows.reg
  second-look policy check --json .output/package/policies/linux-managed-policy.json
`;
