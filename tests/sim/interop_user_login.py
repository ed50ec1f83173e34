#!/usr/bin/python3
"""An independent client (python3-jwcrypto + urllib, none of the project's code) runs the user login of
reference section 8 against helseid-sim: PAR with private_key_jwt and PKCE -> authorize with HelseID TEST's
test identity provider -> code exchange with DPoP (and the use_dpop_nonce retry), and checks the DPoP token
it gets carries what SFM needs. Also checks that a client-credentials request for the SFM scope is refused.

Usage: interop_user_login.py PATH_TO_HELSEID_SIM
"""
import base64
import hashlib
import json
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

from jwcrypto import jwk, jws, jwt

API_KEY = "demo-klientmal-api-key"  # the simulator's demo Klientmal
ORG = "974760673"
SFM = "e-helse:sfm.api/sfm.api2"
REDIRECT = "http://localhost/callback"
TEST_PID = "13858340033"  # synthetic fødselsnummer (month + 80)
JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"

passed = 0
failed = 0


def check(condition, what):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what, file=sys.stderr)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def http(method, url, body=None, headers=None):
    """(status, headers, body bytes) for any status."""
    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with OPENER.open(req, timeout=30) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def sign(header, claims, key):
    token = jws.JWS(json.dumps(claims).encode())
    token.add_signature(key, None, json.dumps(header), None)
    return token.serialize(compact=True)


def assertion(key, client_id, issuer):
    now = int(time.time())
    return sign({"alg": "PS256", "typ": "client-authentication+jwt", "kid": key.thumbprint()},
                {"iss": client_id, "sub": client_id, "aud": issuer, "iat": now, "nbf": now,
                 "exp": now + 30, "jti": str(uuid.uuid4())}, key)


def dpop(key, url, nonce=None):
    claims = {"jti": str(uuid.uuid4()), "htm": "POST", "htu": url, "iat": int(time.time())}
    if nonce:
        claims["nonce"] = nonce
    return sign({"alg": "ES256", "typ": "dpop+jwt", "jwk": json.loads(key.export_public())}, claims, key)


def form(fields):
    return urllib.parse.urlencode(fields, quote_via=urllib.parse.quote).encode()


def with_nonce(url, fields, dpop_key, client_key, client_id, issuer):
    """POST a token request, retrying once with the server's DPoP nonce; a fresh assertion each time."""
    nonce = None
    for _ in range(2):
        body = dict(fields, client_assertion_type=JWT_BEARER,
                    client_assertion=assertion(client_key, client_id, issuer))
        status, headers, answer = http("POST", url, form(body),
                                       {"Content-Type": "application/x-www-form-urlencoded",
                                        "DPoP": dpop(dpop_key, url, nonce)})
        if status == 400 and json.loads(answer).get("error") == "use_dpop_nonce":
            nonce = headers.get("DPoP-Nonce")
            continue
        return status, json.loads(answer)
    return status, json.loads(answer)


def main(sim_path):
    sim = subprocess.Popen([sim_path, "--cache-delay", "0"], stdout=subprocess.PIPE, text=True)
    try:
        info = json.loads(sim.stdout.readline())
        issuer, api, control = info["issuer"], info["api"], info["control"]
        discovery = json.loads(http("GET", issuer + "/.well-known/openid-configuration")[2])
        check(discovery.get("code_challenge_methods_supported") == ["S256"], "discovery: S256")
        par_url = discovery["pushed_authorization_request_endpoint"]
        token_url = discovery["token_endpoint"]

        # A client with the login's loopback URI, confirmed and signed through the control API.
        client_key = jwk.JWK.generate(kty="RSA", size=2048)
        public = json.loads(client_key.export_public())
        public.update(alg="PS256", use="sig", kid=client_key.thumbprint())
        status, _, body = http("POST", api + "/v1/client-drafts", json.dumps({
            "organizationNumber": ORG, "publicJwk": json.dumps(public),
            "apiScopes": ["nhn:selvbetjening/client", SFM], "redirectUris": [REDIRECT]}).encode(),
            {"Content-Type": "application/json", "api-key": API_KEY})
        check(status == 200, "draft created (%d %s)" % (status, body[:200]))
        client_id = json.loads(body)["clientId"]
        for step in ("confirm", "sign"):
            check(http("POST", "%s/clients/%s/%s" % (control, client_id, step))[0] == 200, step)
        dpop_key = jwk.JWK.generate(kty="EC", crv="P-256")

        # SFM is for users: client credentials are refused.
        status, answer = with_nonce(token_url, {"grant_type": "client_credentials", "client_id": client_id,
                                                "scope": SFM}, dpop_key, client_key, client_id, issuer)
        check(status == 400 and answer.get("error") == "invalid_scope", "client credentials refused: %s" % answer)

        # PAR.
        verifier = b64url(secrets.token_bytes(32))
        state, nonce = b64url(secrets.token_bytes(16)), b64url(secrets.token_bytes(16))
        redirect = "http://localhost:49152/callback"
        status, _, body = http("POST", par_url, form({
            "client_id": client_id, "response_type": "code", "redirect_uri": redirect,
            "scope": "openid profile helseid://scopes/identity/pid helseid://scopes/identity/security_level "
                     "helseid://scopes/hpr/hpr_number " + SFM,
            "state": state, "nonce": nonce,
            "code_challenge": b64url(hashlib.sha256(verifier.encode()).digest()),
            "code_challenge_method": "S256",
            "acr_values": "idp:testidp-oidc", "test_pid": TEST_PID, "test_security_level": "4",
            "client_assertion_type": JWT_BEARER,
            "client_assertion": assertion(client_key, client_id, issuer)}),
            {"Content-Type": "application/x-www-form-urlencoded"})
        check(status == 201, "PAR accepted (%d %s)" % (status, body[:300]))
        pushed = json.loads(body)
        check(pushed.get("expires_in") == 60, "PAR expires_in 60")

        # Authorize: straight back to the redirect URI with code, state and iss.
        status, headers, _ = http("GET", discovery["authorization_endpoint"] + "?" + urllib.parse.urlencode(
            {"client_id": client_id, "request_uri": pushed["request_uri"]}))
        check(status == 302, "authorize redirects (%d)" % status)
        location = urllib.parse.urlsplit(headers.get("Location", ""))
        query = urllib.parse.parse_qs(location.query)
        check(location.netloc == "localhost:49152" and location.path == "/callback", "redirect URI")
        check(query.get("state") == [state], "state returned")
        check(query.get("iss") == [issuer], "iss returned")
        code = query.get("code", [""])[0]

        # Code exchange with DPoP.
        fields = {"grant_type": "authorization_code", "client_id": client_id, "code": code,
                  "redirect_uri": redirect, "code_verifier": verifier}
        status, answer = with_nonce(token_url, fields, dpop_key, client_key, client_id, issuer)
        check(status == 200, "code exchanged: %s" % answer)
        check(answer.get("token_type") == "DPoP", "DPoP token")
        keys = jwk.JWKSet.from_json(http("GET", discovery["jwks_uri"])[2])
        claims = json.loads(jwt.JWT(jwt=answer["access_token"], key=keys).claims)
        check(SFM in claims.get("scope", []), "SFM scope")
        check(claims.get("e-helse:sfm.api/client/claims/sfm-id") == client_id, "SFM-id claim")
        check(claims.get("helseid://claims/identity/pid") == TEST_PID, "pid claim")
        check(claims.get("helseid://claims/identity/security_level") == "4", "security level 4")
        check(bool(claims.get("helseid://claims/hpr/hpr_number")), "HPR number claim")
        check(claims.get("helseid://claims/client/claims/orgnr_parent") == ORG, "organization number claim")
        check(claims.get("cnf", {}).get("jkt") == dpop_key.thumbprint(), "cnf.jkt is our DPoP key")
        id_claims = json.loads(jwt.JWT(jwt=answer["id_token"], key=keys).claims)
        check(id_claims.get("nonce") == nonce and id_claims.get("aud") == client_id, "id_token nonce and aud")

        # The code is one use.
        status, answer = with_nonce(token_url, fields, dpop_key, client_key, client_id, issuer)
        check(status == 400 and answer.get("error") == "invalid_grant", "reused code refused")
    finally:
        sim.terminate()
        sim.wait(timeout=30)
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
