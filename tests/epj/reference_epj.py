#!/usr/bin/python3
"""A reference EPJ, written only from docs/epj-config.md: it reads the exported configuration file, takes the
private key from where the file says (the keychain through `secret-tool`, the encrypted-file fallback, or a
PKCS#8 PEM file given with --key-file, optionally passphrase-protected), does discovery, builds the client
assertion and the DPoP proof, retries once on use_dpop_nonce with a FRESH assertion, sends assertion_details
for a child unit, and gets a client-credentials DPoP token. With --call-api it also calls
GET {selfServiceApi}/v1/client with the token.

Needs Debian's python3-jwcrypto (and python3-cryptography, which it depends on) and, for the keychain,
libsecret-tools. Prints one JSON object on stdout (never the token or the key); exit 0 when a DPoP token came
back, 1 otherwise, 2 for wrong arguments.

  reference_epj.py --config epj.json [--scope SCOPE]... [--child-org NUMBER] [--call-api]
                   [--key-file KEY.pem] [--passphrase-stdin]
"""
import argparse
import base64
import hashlib
import json
import os
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

from cryptography.hazmat.primitives import serialization
from jwcrypto import jwk, jws

FORMAT = "sfm-onboarding/epj-configuration"
ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
ORG_SYSTEM = "urn:oid:2.16.578.1.12.4.1.4.101"


class Failure(Exception):
    pass


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def check_url(url):
    """https only, except on this computer (the simulator)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme == "https":
        return url
    if parts.scheme == "http" and parts.hostname in ("127.0.0.1", "localhost", "::1"):
        return url
    raise Failure(f"refusing a non-https address: {url}")


def http(method, url, headers=None, body=None):
    """(status, headers, parsed JSON or None); HTTP errors are answers too."""
    request = urllib.request.Request(check_url(url), data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status, answer_headers, raw = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, answer_headers, raw = error.code, error.headers, error.read()
    try:
        parsed = json.loads(raw) if raw else None
    except ValueError:
        parsed = None
    return status, answer_headers, parsed


# --- The configuration file ("Fields") ---

def read_config(path):
    with open(path, encoding="utf-8") as f:
        config = json.load(f)
    if config.get("format") != FORMAT:
        raise Failure(f"not an EPJ configuration: format {config.get('format')!r}")
    if config.get("version") != 1:
        raise Failure(f"unknown configuration version {config.get('version')!r}")
    for field in ("authority", "clientId", "key"):
        if not config.get(field):
            raise Failure(f"the configuration has no {field}")
    return config


# --- The key ("Reading the key") ---

def key_from_keychain(key):
    """Linux Secret Service: attributes server = key.service, user = key.entry, type = base64; the secret is
    the base64 text of the PKCS#8 DER."""
    result = subprocess.run(
        ["secret-tool", "lookup", "server", key["service"], "user", key["entry"], "type", "base64"],
        capture_output=True, check=False)
    if result.returncode != 0 or not result.stdout.strip():
        raise Failure("the key is not in this user's keychain (secret-tool lookup found nothing)")
    der = base64.b64decode(result.stdout.strip(), validate=True)
    return serialization.load_der_private_key(der, password=None)


def key_from_pem_file(path, passphrase):
    with open(path, "rb") as f:
        data = f.read()
    if b"ENCRYPTED PRIVATE KEY" in data and passphrase is None:
        raise Failure(f"{path} is passphrase-protected: give the passphrase on stdin (--passphrase-stdin)")
    return serialization.load_pem_private_key(data, password=passphrase)


def load_key(config, key_file, passphrase):
    key = config["key"]
    if key_file:
        private = key_from_pem_file(key_file, passphrase)
    elif key.get("storage") == "keychain":
        private = key_from_keychain(key)
    elif key.get("storage") == "encrypted-file":
        path = os.path.join(key["service"], key["entry"].replace("/", "_") + ".p8.pem")
        private = key_from_pem_file(path, passphrase)
    else:
        raise Failure(f"key storage {key.get('storage')!r} is not one this EPJ knows")
    private_jwk = jwk.JWK.from_pyca(private)
    expected = key.get("thumbprint") or key.get("kid")
    if private_jwk.thumbprint() != expected:
        raise Failure("the stored key's thumbprint does not match key.thumbprint: wrong key")
    return private_jwk


def public_jwk(private_jwk):
    members = {"RSA": ("kty", "n", "e"), "EC": ("kty", "crv", "x", "y")}
    full = json.loads(private_jwk.export_public())
    return {name: full[name] for name in members[full["kty"]]}


# --- Signing ("Getting a token, step by step") ---

def sign(private_jwk, algorithm, header, claims):
    token = jws.JWS(json.dumps(claims, separators=(",", ":")).encode("utf-8"))
    token.add_signature(private_jwk, alg=None, protected=json.dumps(dict(header, alg=algorithm)))
    return token.serialize(compact=True)


def client_assertion(config, private_jwk, child_org):
    now = int(time.time())
    claims = {"iss": config["clientId"], "sub": config["clientId"], "aud": config["authority"],
              "iat": now, "nbf": now, "exp": now + 30, "jti": b64url(secrets.token_bytes(16))}
    if child_org:
        claims["assertion_details"] = [{
            "type": "helseid_authorization",
            "practitioner_role": {"organization": {"identifier": {
                "system": ORG_SYSTEM, "type": "ENH", "value": child_org}}}}]
    header = {"kid": config["key"]["kid"], "typ": "client-authentication+jwt"}
    return sign(private_jwk, config["key"]["algorithm"], header, claims)


def dpop_proof(private_jwk, algorithm, method, url, nonce=None, access_token=None):
    parts = urllib.parse.urlsplit(url)
    claims = {"jti": b64url(secrets.token_bytes(16)), "htm": method,
              "htu": urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, "", "")),
              "iat": int(time.time())}
    if nonce:
        claims["nonce"] = nonce
    if access_token:
        claims["ath"] = b64url(hashlib.sha256(access_token.encode("ascii")).digest())
    header = {"typ": "dpop+jwt", "jwk": public_jwk(private_jwk)}
    return sign(private_jwk, algorithm, header, claims)


def discover(authority):
    status, _, document = http("GET", authority.rstrip("/") + "/.well-known/openid-configuration")
    if status != 200 or not isinstance(document, dict):
        raise Failure(f"discovery answered {status}")
    if document.get("issuer") != authority:
        raise Failure(f"discovery names issuer {document.get('issuer')!r}, not {authority!r}")
    if not document.get("token_endpoint"):
        raise Failure("discovery names no token_endpoint")
    return document


def get_token(config, private_jwk, token_endpoint, scopes, child_org, report):
    algorithm = config["key"]["algorithm"]
    nonce = None
    for attempt in (1, 2):
        # A new assertion every time: HelseID takes each jti once, also when it answered use_dpop_nonce.
        form = urllib.parse.urlencode({
            "grant_type": "client_credentials", "client_id": config["clientId"],
            "client_assertion_type": ASSERTION_TYPE,
            "client_assertion": client_assertion(config, private_jwk, child_org),
            "scope": " ".join(scopes)}).encode("ascii")
        headers = {"Content-Type": "application/x-www-form-urlencoded",
                   "DPoP": dpop_proof(private_jwk, algorithm, "POST", token_endpoint, nonce)}
        status, answer_headers, answer = http("POST", token_endpoint, headers, form)
        report["requests"] = attempt
        error = (answer or {}).get("error") if isinstance(answer, dict) else None
        if status == 400 and error == "use_dpop_nonce" and attempt == 1:
            nonce = answer_headers.get("DPoP-Nonce")
            if not nonce:
                raise Failure("use_dpop_nonce without a DPoP-Nonce header")
            report["nonceRetry"] = True
            continue
        if status != 200 or not isinstance(answer, dict):
            raise Failure(f"the token endpoint answered {status}: {error} "
                          f"{(answer or {}).get('error_description', '') if isinstance(answer, dict) else ''}")
        if answer.get("token_type") != "DPoP":
            raise Failure(f"token_type {answer.get('token_type')!r}, not DPoP")
        return answer
    raise Failure("use_dpop_nonce twice")


def token_claims(access_token):
    """The access token's payload, for the report (the simulator's tokens are JWTs)."""
    try:
        payload = access_token.split(".")[1]
        return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError):
        return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", required=True, help="the exported EPJ configuration file")
    parser.add_argument("--scope", action="append", help="scope to ask for (repeat); "
                        "default nhn:selvbetjening/client")
    parser.add_argument("--child-org", help="act for this child unit (assertion_details)")
    parser.add_argument("--key-file", help="a PKCS#8 PEM private key instead of the configuration's storage")
    parser.add_argument("--passphrase-stdin", action="store_true",
                        help="read the key file's passphrase as the first line of stdin")
    parser.add_argument("--call-api", action="store_true", help="also GET {selfServiceApi}/v1/client")
    args = parser.parse_args()

    report = {"ok": False, "nonceRetry": False}
    try:
        config = read_config(args.config)
        if args.child_org and args.child_org not in config.get("childOrganizationNumbers", []):
            raise Failure(f"{args.child_org} is not one of the configuration's childOrganizationNumbers")
        passphrase = sys.stdin.readline().rstrip("\r\n").encode("utf-8") if args.passphrase_stdin else None
        private_jwk = load_key(config, args.key_file, passphrase)
        discovery = discover(config["authority"])
        scopes = args.scope or ["nhn:selvbetjening/client"]
        answer = get_token(config, private_jwk, discovery["token_endpoint"], scopes, args.child_org, report)
        access_token = answer["access_token"]
        report.update(ok=True, tokenType=answer["token_type"], scope=answer.get("scope"),
                      expiresIn=answer.get("expires_in"), claims=token_claims(access_token),
                      keyThumbprint=private_jwk.thumbprint())
        if args.call_api:
            url = config["selfServiceApi"].rstrip("/") + "/v1/client"
            headers = {"Authorization": "DPoP " + access_token,
                       "DPoP": dpop_proof(private_jwk, config["key"]["algorithm"], "GET", url,
                                          access_token=access_token)}
            status, _, client = http("GET", url, headers)
            report["api"] = {"status": status, "client": client}
            if status != 200:
                report["ok"] = False
    except (Failure, OSError, ValueError, KeyError, TypeError) as error:
        report["error"] = str(error)
    print(json.dumps(report, ensure_ascii=False))
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
