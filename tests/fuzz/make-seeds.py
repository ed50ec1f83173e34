#!/usr/bin/python3
"""Writes fuzzing seeds that hold freshly generated private keys into OUTDIR/<target>/.

Seeds with private keys are made at run time so that no private key is ever committed; the committed
seeds under tests/fuzz/corpus/ hold public keys only. Needs Debian's python3-jwcrypto and zip (and
7zip for the WinZip AES seeds).
Usage: make-seeds.py OUTDIR
"""
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

from cryptography.hazmat.primitives.asymmetric import rsa
from jwcrypto import jwk

ZIP_PASSWORD = "fuzz"  # the password fuzz_package_zip tries


def dotnet_xml(key):
    priv = key.private_numbers()
    pub = priv.public_numbers
    k = (pub.n.bit_length() + 7) // 8
    h = (k + 1) // 2

    def b64(value, width):
        return base64.b64encode(value.to_bytes(max(width, (value.bit_length() + 7) // 8), "big")).decode()

    return ("<RSAKeyValue><Modulus>%s</Modulus><Exponent>%s</Exponent><P>%s</P><Q>%s</Q><DP>%s</DP>"
            "<DQ>%s</DQ><InverseQ>%s</InverseQ><D>%s</D></RSAKeyValue>") % (
        b64(pub.n, k), b64(pub.e, 0), b64(priv.p, h), b64(priv.q, h), b64(priv.dmp1, h),
        b64(priv.dmq1, h), b64(priv.iqmp, h), b64(priv.d, k))


def portal_json(private_jwk, xml=None, jwk_form="string"):
    doc = {
        "clientName": "Fuzzkommune EPJ",
        "authority": "https://helseid-sts.test.nhn.no",
        "clientId": "f022-c0ffee",
        "grantTypes": ["client_credentials"],
        "scopes": ["e-helse:sfm.api/sfm.api2", "nhn:selvbetjening/client"],
        "redirectUris": [],
        "postLogoutRedirectUris": [],
        "secretType": "private_key_jwt:RsaPrivateKeyJwtSecret",
        "rsaKeySizeBits": 2048,
        "pkceRequired": False,
    }
    if private_jwk is not None:
        text = json.dumps(private_jwk, separators=(",", ":"))
        doc["privateJwk"] = {"string": text, "url": urllib.parse.quote(text, safe=""),
                             "object": private_jwk}[jwk_form]
    if xml is not None:
        doc["rsaPrivateKey"] = xml
    return json.dumps(doc, indent=2).encode()


def write(outdir, target, name, data):
    os.makedirs(os.path.join(outdir, target), exist_ok=True)
    with open(os.path.join(outdir, target, name), "wb") as f:
        f.write(data)


def main():
    outdir = sys.argv[1]
    pyca = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    rsa_jwk = json.loads(jwk.JWK.from_pyca(pyca).export_private())
    rsa_jwk.update({"alg": "RS256", "use": "sig"})
    xml = dotnet_xml(pyca)
    ec_jwks = {crv: json.loads(jwk.JWK.generate(kty="EC", crv=crv).export_private())
               for crv in ("P-256", "P-384", "P-521")}

    write(outdir, "fuzz_package_json", "live-both.json", portal_json(rsa_jwk, xml))
    write(outdir, "fuzz_package_json", "live-url.json", portal_json(rsa_jwk, None, "url"))
    write(outdir, "fuzz_package_json", "live-object.json", portal_json(rsa_jwk, None, "object"))
    write(outdir, "fuzz_package_json", "live-xml.json", portal_json(None, xml))
    write(outdir, "fuzz_package_json", "live-ec.json", portal_json(ec_jwks["P-256"]))

    write(outdir, "fuzz_rsa_xml", "live-rsa2048.xml", xml.encode())

    write(outdir, "fuzz_jwk", "live-rsa2048.jwk", json.dumps(rsa_jwk).encode())
    for crv, key in ec_jwks.items():
        write(outdir, "fuzz_jwk", "live-%s.jwk" % crv, json.dumps(key).encode())

    with tempfile.TemporaryDirectory() as tmp:
        config = os.path.join(tmp, "Fuzzkommune.json")
        with open(config, "wb") as f:
            f.write(portal_json(rsa_jwk, xml))
        zip_path = os.path.join(tmp, "live.zip")
        subprocess.run(["/usr/bin/zip", "-q", "-j", "-X", "-P", ZIP_PASSWORD, zip_path, config], check=True)
        with open(zip_path, "rb") as f:
            write(outdir, "fuzz_package_zip", "live-zipcrypto.zip", f.read())
        # 7-Zip's WinZip AES (AE-2, no CRC), deflated and stored: the kinds libzip 1.7.3 could not read.
        seven_zip = shutil.which("7zz") or shutil.which("7z")
        if seven_zip:
            for name, level in (("live-7zip-aes256-deflated.zip", "-mx=5"), ("live-7zip-aes128-stored.zip", "-mx=0")):
                bits = "AES256" if "aes256" in name else "AES128"
                path = os.path.join(tmp, name)
                subprocess.run([seven_zip, "a", "-tzip", "-bd", "-y", "-mem=" + bits, "-p" + ZIP_PASSWORD, level,
                                path, config], check=True, stdout=subprocess.DEVNULL)
                with open(path, "rb") as f:
                    write(outdir, "fuzz_package_zip", name, f.read())


if __name__ == "__main__":
    main()
