#!/usr/bin/python3
"""Every sfmctl command shown in README.md and docs/*.md runs as written.

1. Every `sfmctl …` line of a ```sh / ```console block (and every synopsis line starting with `sfmctl` in a
   plain ``` block) names a command that exists, and every --option it shows is in that command's --help:
   a renamed or removed option fails here.
2. Every such line is either run by this test (RUN, below: the practice example against the simulator, and
   the offline key/assertion/DPoP examples) or named in COVERED with the test that runs it. A new example
   that is in neither list fails, so someone decides how it is checked.

  tst_doc_commands.py SOURCE_DIR SFMCTL        (ctest: tests/docs/CMakeLists.txt; needs the keyring session)
"""
import json
import os
import re
import shlex
import socket
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.parse
import urllib.request

SOURCE = SFMCTL = None

# Lines run by this test, exactly as the docs show them (after joining continuations and dropping comments).
# The practice example appears in README.md and docs/sfmctl.md.
RUN_PRACTICE = [
    "sfmctl sim --demo --port 8443 &",
    "sfmctl onboard --environment demo --sim-url http://127.0.0.1:8443 --org 974760673 --name practice "
    "--export epj.json",
    "sfmctl token --config epj.json",
    "sfmctl list",
    "sfmctl status practice",
]
# The offline examples of docs/sfmctl.md ("Examples"), run as one shell script.
RUN_OFFLINE_BLOCK = "sfmctl key generate --out client.jwk --public-out client.pub.jwk"

# Lines another test runs (regular expression on the line -> the test, and what it runs). Keep it honest: name
# a test that runs the command with these options.
COVERED = {
    r"^sfmctl import HelseID-klient\.zip --environment test --password-stdin --org 974760673$":
        "tst_import_cli (a zip with --environment and --password-stdin) and tst_import_sim (--org keeps the key "
        "and onboards)",
    r"^sfmctl import ": "tst_import_cli and tst_import_sim (import's options, one by one)",
    r"^sfmctl sim ": "this test's practice run (--demo --port), tst_cli_onboard (helseid-sim, the same parser, "
                     "--cache-delay) and tst_reference_epj (--auto-sign)",
    r"^sfmctl onboard ": "tst_cli_onboard (onboard to Ready, --export, --json, --no-wait, --key-store file)",
    r"^sfmctl resume ": "tst_cli_onboard_resume",
    r"^sfmctl (status|list|export|token) ": "tst_cli_onboard (status, list, export, token --config)",
    r"^sfmctl key (generate|thumbprint) ": "tst_cli_keys",
    r"^sfmctl batch ": "tst_cli_batch (200 rows: --dry-run, --skip-bad-rows, --no-wait, --report, --json, "
                       "--key-store file); --profile and the environment options are onboard's "
                       "(tst_cli_onboard)",
    r"^sfmctl watch ": "tst_cli_batch (watch --all --poll-interval --dir to Ready)",
    r"^sfmctl (assertion|dpop) ": "tst_cli_keys (checked with jose and jwcrypto)",
    r"^sfmctl key install ": "tst_reference_epj (a transfer file installed on a cleared keyring, then a token)",
    r"^sfmctl export .*--key-to ": "tst_reference_epj (--key-to file --owner, --key-to transfer)",
    r"^sfmctl renew ": "tst_cli_renew (renew ID, --due, --within)",
    r"^sfmctl agent ": "tst_cli_agent (install --user, status, remove, task-xml)",
    r"^sfmctl scopes ": "tst_cli_scopes (--add, --remove, --no-wait)",
    r"^sfmctl contact ": "tst_cli_contact (--email, --language, --json, --dir, exit 3 and 7) and tst_import_sim "
                         "(contact after import --contact-email)",
    r"^sfmctl login-test ": "tst_cli_login_test (BROWSER supplied by the test)",
    r"^sfmctl (batch|watch) ": "tst_cli_batch (dry run, real run, second run, watch --all)",
}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def doc_files():
    files = [os.path.join(SOURCE, "README.md")]
    docs = os.path.join(SOURCE, "docs")
    files += sorted(os.path.join(docs, f) for f in os.listdir(docs) if f.endswith(".md"))
    return files


def strip_comment(line):
    """The line without a shell comment (a # at the start or after a space, outside quotes)."""
    quote = None
    for i, c in enumerate(line):
        if quote:
            quote = None if c == quote else quote
        elif c in "'\"":
            quote = c
        elif c == "#" and (i == 0 or line[i - 1] == " "):
            return line[:i].rstrip()
    return line.rstrip()


def commands_in(text):
    """(language, command) for every sfmctl command of every fenced block."""
    found = []
    for lang, body in re.findall(r"```(\w*)\n(.*?)```", text, re.S):
        if lang not in ("sh", "console", "bash", ""):
            continue
        if lang == "":
            # A synopsis: indented lines continue the one above, and | separates choices, not commands.
            for line in re.sub(r"\n[ \t]+", " ", body).splitlines():
                if line.startswith("sfmctl "):
                    found.append((lang, re.sub(r"\s+", " ", line.strip())))
            continue
        joined = re.sub(r"\\\n\s*", " ", body)
        for raw in joined.splitlines():
            line = strip_comment(raw.strip())
            if line.startswith("$ "):
                line = line[2:]
            for part in re.split(r"\s*(?:;|&&|\|\|?)\s*", line):
                part = part.strip()
                if part.startswith("sfmctl ") or part == "sfmctl":
                    found.append((lang, re.sub(r"\s+", " ", part)))
    return found


def all_commands():
    result = []
    for path in doc_files():
        with open(path, encoding="utf-8") as f:
            for lang, command in commands_in(f.read()):
                result.append((os.path.relpath(path, SOURCE), lang, command))
    return result


def help_text(words):
    run = subprocess.run([SFMCTL, *words, "--help"], capture_output=True, text=True, timeout=60, check=False)
    return run.returncode, run.stdout + run.stderr


class DocCommands(unittest.TestCase):
    def test_options_exist(self):
        """Every command exists and every option shown is in its --help."""
        commands = all_commands()
        self.assertGreater(len(commands), 10, "no sfmctl examples found: did the extraction break?")
        helps = {}
        problems = []
        for path, _, command in commands:
            words = command.split()
            if len(words) < 2 or words[1].startswith("-"):
                continue
            sub = tuple(words[1:3]) if words[1] == "key" and len(words) > 2 else (words[1],)
            if sub not in helps:
                helps[sub] = help_text(list(sub))
            code, text = helps[sub]
            if code != 0:
                problems.append(f"{path}: `sfmctl {' '.join(sub)} --help` exits {code}: {command}")
                continue
            for option in re.findall(r"(?<![\w-])--[a-z][a-z0-9-]*", command):
                if option != "--help" and not re.search(re.escape(option) + r"(?![a-z0-9-])", text):
                    problems.append(f"{path}: {option} is not an option of `sfmctl {' '.join(sub)}`: {command}")
        self.assertEqual(problems, [])

    def test_every_command_is_checked(self):
        """Every example is run here or by a named test."""
        run_here = set(RUN_PRACTICE) | set(self.offline_block_commands())
        unchecked = []
        for path, lang, command in all_commands():
            if lang == "" and "[" in command:
                continue  # a synopsis: its options are checked by test_options_exist
            if command in run_here or any(re.search(p, command) for p in COVERED):
                continue
            unchecked.append(f"{path}: {command}")
        self.assertEqual(unchecked, [], "add these to RUN_PRACTICE or COVERED in tests/docs/tst_doc_commands.py")

    def offline_block(self):
        with open(os.path.join(SOURCE, "docs", "sfmctl.md"), encoding="utf-8") as f:
            for lang, body in re.findall(r"```(\w*)\n(.*?)```", f.read(), re.S):
                if lang == "sh" and RUN_OFFLINE_BLOCK in body:
                    return body
        self.fail("the key/assertion/DPoP examples are gone from docs/sfmctl.md")

    def offline_block_commands(self):
        return [c for _, c in commands_in("```sh\n" + self.offline_block() + "```")]

    def test_offline_examples_run(self):
        """docs/sfmctl.md's key, assertion and DPoP examples, as one script (jose verifies the assertion)."""
        with tempfile.TemporaryDirectory(prefix="sfm-doc-") as tmp:
            with open(os.path.join(tmp, "token.txt"), "w", encoding="ascii") as f:
                f.write("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln\n")
            env = dict(os.environ, PATH=os.path.dirname(SFMCTL) + os.pathsep + os.environ["PATH"],
                       CLIENT_ID="3c6f1e9e-8d1f-4c2b-9d52-1b0c8e2f7a10")
            run = subprocess.run(["bash", "-euo", "pipefail", "-c", self.offline_block()], cwd=tmp, env=env,
                                 capture_output=True, text=True, timeout=300, check=False)
            self.assertEqual(run.returncode, 0, run.stderr)
            self.assertIn('"iss":"3c6f1e9e-8d1f-4c2b-9d52-1b0c8e2f7a10"', run.stdout.replace(" ", ""))

    def test_practice_example_reaches_ready(self):
        """README.md's practice run, line by line, with the simulator on a free port instead of 8443; the
        confirmation is the portal page's «Bekreft» button, pressed by this test."""
        shown = {c for _, _, c in all_commands()}
        for line in RUN_PRACTICE:
            self.assertIn(line, shown, "the practice example changed: update RUN_PRACTICE")
        port = str(free_port())
        with tempfile.TemporaryDirectory(prefix="sfm-doc-") as tmp:
            env = dict(os.environ, PATH=os.path.dirname(SFMCTL) + os.pathsep + os.environ["PATH"],
                       XDG_CONFIG_HOME=os.path.join(tmp, "config"), XDG_DATA_HOME=os.path.join(tmp, "data"),
                       XDG_CACHE_HOME=os.path.join(tmp, "cache"), LANGUAGE="en", LC_ALL="C.UTF-8")

            def line(text):
                return text.replace("8443", port)

            sim_line = line(RUN_PRACTICE[0]).rstrip("& ")
            sim = subprocess.Popen(["bash", "-c", "exec " + sim_line], cwd=tmp, env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL)
            try:
                info = json.loads(sim.stdout.readline())
                self.assertEqual(info["issuer"], "http://127.0.0.1:" + port)
                onboard = subprocess.Popen(["bash", "-c", line(RUN_PRACTICE[1])], cwd=tmp, env=env,
                                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
                output = []
                for text in onboard.stdout:
                    output.append(text)
                    match = re.match(r"Confirmation link: (\S+)", text)
                    if match:
                        form = urllib.parse.urlencode({"action": "confirm"}).encode()
                        urllib.request.urlopen(urllib.request.Request(match.group(1), data=form), timeout=30)
                onboard.wait(300)
                onboard.stdout.close()
                self.assertEqual(onboard.returncode, 0, "".join(output))
                with open(os.path.join(tmp, "epj.json"), encoding="utf-8") as f:
                    self.assertEqual(json.load(f)["environment"], "demo")
                for text in RUN_PRACTICE[2:]:
                    run = subprocess.run(["bash", "-c", line(text)], cwd=tmp, env=env, capture_output=True,
                                         text=True, timeout=120, check=False)
                    self.assertEqual(run.returncode, 0, f"{text}: {run.stderr}")
                status = subprocess.run(["bash", "-c", "sfmctl status practice --json"], cwd=tmp, env=env,
                                        capture_output=True, text=True, timeout=60, check=False)
                self.assertEqual(json.loads(status.stdout.splitlines()[-1])["state"], "exported")
            finally:
                sim.terminate()
                sim.wait(10)
                sim.stdout.close()


if __name__ == "__main__":
    SOURCE, SFMCTL = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    unittest.main(argv=sys.argv[:1], verbosity=2)
