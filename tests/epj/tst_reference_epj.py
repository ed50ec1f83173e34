#!/usr/bin/python3
"""docs/epj-config.md against the program: onboard clients with the built sfmctl against helseid-sim (practice
environment), export the EPJ configuration, and let tests/epj/reference_epj.py — an EPJ written only from that
page — get DPoP tokens with it. If the page and the program disagree, this fails.

Run by ctest (tests/epj/CMakeLists.txt) inside the private keyring session of ./dev test:
  tst_reference_epj.py SFMCTL HELSEID_SIM
"""
import base64
import json
import os
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

    def epj(self, config, *args, stdin=""):
        result = subprocess.run([PYTHON, EPJ, "--config", config, *args], input=stdin.encode(),
                                capture_output=True, timeout=120, check=False)
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
