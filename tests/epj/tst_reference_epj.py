#!/usr/bin/python3
"""docs/epj-config.md against the program: onboard clients with the built sfmctl against helseid-sim (practice
environment), export the EPJ configuration, and let tests/epj/reference_epj.py — an EPJ written only from that
page — get DPoP tokens with it. If the page and the program disagree, this fails.

Run by ctest (tests/epj/CMakeLists.txt) inside the private keyring session of ./dev test:
  tst_reference_epj.py SFMCTL HELSEID_SIM
"""
import base64
import grp
import json
import os
import pwd
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
EPJ = os.path.join(HERE, "reference_epj.py")
PYTHON = "/usr/bin/python3"  # Debian's, which has python3-jwcrypto
ORG = "974760673"
CHILD = "983544622"
PASSPHRASE = "a passphrase of some length"
SFMCTL = SIM = None
# The service account a key file is made for: a real other account when the tests run as root (as in the
# development container), else this user (a key file for oneself needs no rights).
IS_ROOT = os.geteuid() == 0
SERVICE_ACCOUNT = "nobody" if IS_ROOT else pwd.getpwuid(os.geteuid()).pw_name


def control(sim_info, method, path, body=b"{}"):
    request = urllib.request.Request(sim_info["control"] + path, data=body if method == "POST" else None,
                                     method=method, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read() or b"null")


class ReferenceEpj(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="sfm-epj-")
        cls.env = dict(os.environ, XDG_CONFIG_HOME=cls.path("config"), XDG_DATA_HOME=cls.path("data"),
                       XDG_CACHE_HOME=cls.path("cache"), LANGUAGE="en", LC_ALL="C.UTF-8")
        cls.sim_log = open(cls.path("sim.log"), "wb")
        cls.sim = subprocess.Popen([SIM, "--cache-delay", "0", "--auto-sign", "1"], stdout=subprocess.PIPE,
                                   stderr=cls.sim_log, env=cls.env)
        cls.sim_info = json.loads(cls.sim.stdout.readline())

    @classmethod
    def tearDownClass(cls):
        cls.sim.terminate()
        cls.sim.wait(10)
        cls.sim.stdout.close()
        cls.sim_log.close()
        cls.tmp.cleanup()

    @classmethod
    def path(cls, name):
        return os.path.join(cls.tmp.name, name)

    def sfmctl(self, *args, stdin=""):
        return subprocess.run([SFMCTL, *args], input=stdin.encode(), capture_output=True, env=self.env,
                              timeout=300, check=False)

    def onboard(self, name, *extra, stdin=""):
        """sfmctl onboard to Ready; the sim's portal is confirmed through its control API (the person with
        the Altinn role), the documents sign themselves (--auto-sign). The last JSON event."""
        args = [SFMCTL, "onboard", "--environment", "demo", "--sim-url", self.sim_info["issuer"],
                "--org", ORG, "--child-org", CHILD, "--name", name, "--dir", self.path("onboardings"),
                "--no-listen", "--poll-interval", "1", "--poll-max", "2", "--json", *extra]
        process = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, env=self.env)
        process.stdin.write(stdin.encode())
        process.stdin.close()
        events = []
        for line in process.stdout:
            event = json.loads(line)
            events.append(event)
            if event.get("event") == "confirmation-link":
                client_id = event["url"].rstrip("/").rsplit("/", 1)[-1]
                control(self.sim_info, "POST", f"/clients/{client_id}/confirm")
        process.wait(300)
        stderr = process.stderr.read().decode()
        process.stdout.close()
        process.stderr.close()
        self.assertEqual(process.returncode, 0, f"sfmctl onboard failed: {stderr}")
        self.assertEqual(events[-1]["event"], "done")
        self.assertIn(events[-1]["state"], ("ready", "exported"))
        return events[-1]

    def epj(self, config, *args, stdin="", account=None):
        """The reference EPJ; as another account (root only) when `account` is given, as a service would."""
        command = [PYTHON, EPJ, "--config", config, *args]
        if account and IS_ROOT:
            group = grp.getgrgid(pwd.getpwnam(account).pw_gid).gr_name
            command = ["setpriv", f"--reuid={account}", f"--regid={group}", "--clear-groups", *command]
        result = subprocess.run(command, input=stdin.encode(), capture_output=True, timeout=120, check=False,
                                cwd="/")
        report = json.loads(result.stdout)
        return result.returncode, report, result.stderr.decode()

    def assertGotToken(self, report, client_id):
        self.assertTrue(report["ok"], report.get("error"))
        self.assertEqual(report["tokenType"], "DPoP")
        # The simulator, like HelseID, insists on a server nonce: the first request must have been refused.
        self.assertTrue(report["nonceRetry"])
        self.assertEqual(report["requests"], 2)
        self.assertEqual(report["claims"]["client_id"], client_id)
        self.assertEqual(report["claims"]["cnf"]["jkt"], report["keyThumbprint"])

    def test_keychain(self):
        done = self.onboard("keychain journal", "--export", self.path("epj.json"))
        config_path = self.path("epj.json")
        with open(config_path, encoding="utf-8") as f:
            config = json.load(f)
        self.assertEqual(config["key"]["storage"], "keychain")
        self.assertEqual(config["clientId"], done["clientId"])

        # The keychain entry is as the page describes it: schema, attributes, base64 of the PKCS#8 DER.
        search = subprocess.run(["secret-tool", "search", "--all", "server", config["key"]["service"],
                                 "user", config["key"]["entry"]], capture_output=True, text=True, check=False)
        listing = search.stdout + search.stderr
        self.assertIn("attribute.type = base64", listing)
        self.assertIn("schema = org.qt.keychain", listing)

        # The parent organization, then the self-service API with the token (DPoP with ath).
        code, report, stderr = self.epj(config_path, "--call-api")
        self.assertEqual(code, 0, report.get("error") or stderr)
        self.assertGotToken(report, done["clientId"])
        self.assertEqual(report["api"]["status"], 200)
        scopes = {s["scope"]: s["status"] for s in report["api"]["client"]["apiScopes"]}
        self.assertEqual(scopes.get("nhn:selvbetjening/client"), "ok")
        self.assertNotIn("helseid://claims/client/claims/orgnr_child", report["claims"])

        # A child unit: assertion_details, and the token names the child.
        code, report, stderr = self.epj(config_path, "--child-org", CHILD)
        self.assertEqual(code, 0, report.get("error") or stderr)
        self.assertGotToken(report, done["clientId"])
        self.assertEqual(report["claims"].get("helseid://claims/client/claims/orgnr_child"), CHILD)

        # The same key as a plain PKCS#8 PEM file (what a service-account key file holds).
        secret = subprocess.run(["secret-tool", "lookup", "server", config["key"]["service"], "user",
                                 config["key"]["entry"], "type", "base64"], capture_output=True, check=True)
        der = base64.b64decode(secret.stdout.strip())
        pem = (b"-----BEGIN PRIVATE KEY-----\n" + base64.encodebytes(der) + b"-----END PRIVATE KEY-----\n")
        pem_path = self.path("service-account.pem")
        with open(os.open(pem_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as f:
            f.write(pem)
        code, report, stderr = self.epj(config_path, "--key-file", pem_path)
        self.assertEqual(code, 0, report.get("error") or stderr)
        self.assertGotToken(report, done["clientId"])

        # Another key is refused before anything is sent: the thumbprint check of "Reading the key".
        other = self.path("other.jwk")
        self.assertEqual(self.sfmctl("key", "generate", "--bits", "2048", "--out", other).returncode, 0)
        other_pem = self.path("other.pem")
        convert = subprocess.run([PYTHON, "-c", "import sys; from jwcrypto import jwk; "
                                  "k = jwk.JWK.from_json(open(sys.argv[1]).read()); "
                                  "open(sys.argv[2], 'wb').write(k.export_to_pem(private_key=True, password=None))",
                                  other, other_pem], capture_output=True, check=False)
        self.assertEqual(convert.returncode, 0, convert.stderr)
        code, report, _ = self.epj(config_path, "--key-file", other_pem)
        self.assertEqual(code, 1)
        self.assertIn("thumbprint", report["error"])
        self.assertNotIn("requests", report)

    def export(self, client_id, out, *args, stdin=""):
        return self.sfmctl("export", client_id, "--dir", self.path("onboardings"), "--out", out, *args,
                           stdin=stdin)

    def shared_folder(self, name):
        """A folder the service account can reach (the test's own folder is only traversable)."""
        os.chmod(self.tmp.name, 0o711)
        folder = self.path(name)
        os.mkdir(folder)
        os.chmod(folder, 0o755)
        return folder

    def test_service_account_file(self):
        done = self.onboard("service journal")
        folder = self.shared_folder("srv")
        config_path = os.path.join(folder, "epj.json")
        key_path = os.path.join(folder, "epj-key.pem")
        exported = self.export(done["clientId"], config_path, "--key-to", "file", "--key-file", key_path,
                               "--owner", SERVICE_ACCOUNT)
        self.assertEqual(exported.returncode, 0, exported.stderr.decode())
        os.chmod(config_path, 0o644)
        with open(config_path, encoding="utf-8") as f:
            config = json.load(f)
        self.assertEqual(config["key"]["storage"], "file")
        self.assertEqual(config["key"]["path"], key_path)
        self.assertEqual(config["key"]["owner"], SERVICE_ACCOUNT)
        self.assertEqual(config["key"]["format"], "pkcs8-pem")

        # Owned by the account, readable by it alone.
        info = os.stat(key_path)
        self.assertEqual(info.st_uid, pwd.getpwnam(SERVICE_ACCOUNT).pw_uid)
        self.assertEqual(info.st_mode & 0o777, 0o600)
        with open(key_path, "rb") as f:
            self.assertTrue(f.read().startswith(b"-----BEGIN PRIVATE KEY-----\n"))

        # The EPJ, running as that account, reads the file the configuration names and gets a token.
        code, report, stderr = self.epj(config_path, account=SERVICE_ACCOUNT)
        self.assertEqual(code, 0, report.get("error") or stderr)
        self.assertGotToken(report, done["clientId"])
        if IS_ROOT:
            # Another account cannot read the key.
            code, report, _ = self.epj(config_path, account="daemon")
            self.assertEqual(code, 1)
            self.assertIn("Permission denied", report.get("error", ""))

        # A key renewal writes the new key to the same file (same owner and mode) and re-exports the
        # configuration there; the EPJ gets a token with the new key.
        renewed = self.sfmctl("renew", done["clientId"], "--dir", self.path("onboardings"))
        self.assertEqual(renewed.returncode, 0, renewed.stderr.decode())
        with open(config_path, encoding="utf-8") as f:
            after = json.load(f)
        self.assertNotEqual(after["key"]["thumbprint"], config["key"]["thumbprint"])
        self.assertEqual(after["key"]["path"], key_path)
        info = os.stat(key_path)
        self.assertEqual(info.st_uid, pwd.getpwnam(SERVICE_ACCOUNT).pw_uid)
        self.assertEqual(info.st_mode & 0o777, 0o600)
        code, report, stderr = self.epj(config_path, account=SERVICE_ACCOUNT)
        self.assertEqual(code, 0, report.get("error") or stderr)
        self.assertGotToken(report, done["clientId"])
        self.assertEqual(report["keyThumbprint"], after["key"]["thumbprint"])

        # An account that does not exist is refused before anything is written.
        refused = self.export(done["clientId"], self.path("epj-none.json"), "--key-to", "file", "--key-file",
                              self.path("none.pem"), "--owner", "no-such-account-sfm")
        self.assertEqual(refused.returncode, 3, refused.stderr.decode())
        self.assertFalse(os.path.exists(self.path("none.pem")))

    def test_transfer_file(self):
        done = self.onboard("transfer journal")
        config_path = self.path("epj-transfer.json")
        transfer = self.path("transfer.p8.pem")
        exported = self.export(done["clientId"], config_path, "--key-to", "transfer", "--key-file", transfer,
                               "--passphrase-stdin", stdin=PASSPHRASE + "\n")
        self.assertEqual(exported.returncode, 0, exported.stderr.decode())
        with open(config_path, encoding="utf-8") as f:
            config = json.load(f)
        key = config["key"]
        self.assertEqual(key["storage"], "keychain")
        self.assertEqual(key["transferFile"], "transfer.p8.pem")
        self.assertEqual(os.stat(transfer).st_mode & 0o777, 0o600)

        # The openssl CLI opens it with the passphrase (and not without it); it is the configuration's key.
        opened = subprocess.run(["openssl", "pkey", "-in", transfer, "-passin", "stdin"],
                                input=(PASSPHRASE + "\n").encode(), capture_output=True, check=False)
        self.assertEqual(opened.returncode, 0, opened.stderr.decode())
        from jwcrypto import jwk  # Debian's python3-jwcrypto, as the reference EPJ
        self.assertEqual(jwk.JWK.from_pem(opened.stdout).thumbprint(), key["thumbprint"])
        wrong = subprocess.run(["openssl", "pkey", "-in", transfer, "-passin", "pass:not the passphrase"],
                               capture_output=True, check=False)
        self.assertNotEqual(wrong.returncode, 0)

        # The target computer: a keyring without the key (the entry cleared), where the EPJ finds nothing.
        subprocess.run(["secret-tool", "clear", "server", key["service"], "user", key["entry"], "type",
                        "base64"], check=True)
        code, report, _ = self.epj(config_path)
        self.assertEqual(code, 1)
        self.assertIn("keychain", report["error"])

        # Another key, in the same format, is refused: the thumbprint check.
        other = self.path("other.p8.pem")
        made = subprocess.run("openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 | openssl pkcs8 "
                              f"-topk8 -v2 aes-256-cbc -scrypt -passout 'pass:{PASSPHRASE}' -out '{other}'",
                              shell=True, capture_output=True, check=False)
        self.assertEqual(made.returncode, 0, made.stderr.decode())
        refused = self.sfmctl("key", "install", other, "--passphrase-stdin", "--config", config_path,
                              stdin=PASSPHRASE + "\n")
        self.assertEqual(refused.returncode, 3)
        self.assertIn("another key", refused.stderr.decode())
        refused = self.sfmctl("key", "install", transfer, "--passphrase-stdin", "--config", config_path,
                              stdin="not the passphrase\n")
        self.assertEqual(refused.returncode, 3)
        self.assertEqual(self.epj(config_path)[0], 1)

        # key install puts it where the configuration says; the EPJ gets a token with it.
        installed = self.sfmctl("key", "install", transfer, "--passphrase-stdin", "--config", config_path,
                                stdin=PASSPHRASE + "\n")
        self.assertEqual(installed.returncode, 0, installed.stderr.decode())
        code, report, stderr = self.epj(config_path)
        self.assertEqual(code, 0, report.get("error") or stderr)
        self.assertGotToken(report, done["clientId"])

    def test_encrypted_file(self):
        key_dir = self.path("keys")
        done = self.onboard("file journal", "--key-store", "file", "--key-dir", key_dir, "--passphrase-stdin",
                            stdin=PASSPHRASE + "\n")
        exported = self.sfmctl("export", done["clientId"], "--dir", self.path("onboardings"), "--out",
                               self.path("epj-file.json"))
        self.assertEqual(exported.returncode, 0, exported.stderr.decode())
        config_path = self.path("epj-file.json")
        with open(config_path, encoding="utf-8") as f:
            config = json.load(f)
        self.assertEqual(config["key"]["storage"], "encrypted-file")

        # The file where the page says it is, with the passphrase: the same format as a transfer file.
        code, report, stderr = self.epj(config_path, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
        self.assertEqual(code, 0, report.get("error") or stderr)
        self.assertGotToken(report, done["clientId"])
        key_file = os.path.join(config["key"]["service"], config["key"]["entry"].replace("/", "_") + ".p8.pem")
        self.assertEqual(os.stat(key_file).st_mode & 0o777, 0o600)
        code, report, stderr = self.epj(config_path, "--key-file", key_file, "--passphrase-stdin",
                                        stdin=PASSPHRASE + "\n")
        self.assertEqual(code, 0, report.get("error") or stderr)
        self.assertGotToken(report, done["clientId"])
        code, report, _ = self.epj(config_path, "--key-file", key_file, "--passphrase-stdin",
                                   stdin="the wrong passphrase\n")
        self.assertEqual(code, 1)


if __name__ == "__main__":
    SFMCTL, SIM = sys.argv[1], sys.argv[2]
    unittest.main(argv=sys.argv[:1], verbosity=2)
