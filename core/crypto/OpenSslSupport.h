#pragma once

#include "Error.h"

#include <QByteArray>
#include <QString>

#include <openssl/bn.h>
#include <openssl/evp.h>

#include <memory>

// Small RAII and conversion helpers for OpenSSL 3, private to core/crypto (never included by other areas).
namespace sfm::crypto::ossl {

struct PkeyDeleter
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct PkeyCtxDeleter
{
    void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
};
struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
};
// Every BIGNUM we handle may be secret, so each one is wiped on release.
struct BnDeleter
{
    void operator()(BIGNUM *p) const { BN_clear_free(p); }
};

using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;
using BnPtr = std::unique_ptr<BIGNUM, BnDeleter>;

// Drains OpenSSL's thread-local error queue into one technical line (reason strings only, never key
// material), so a failure never leaks into the next operation's diagnosis.
QString takeErrors();
void clearErrors();

// Unsigned big-endian bytes of bn, left-padded with zeros to width when width > 0.
QByteArray bnToBytes(const BIGNUM *bn, int width = 0);
// A BIGNUM from unsigned big-endian bytes; in OpenSSL's secure heap when secret is true.
BnPtr bnFromBytes(const QByteArray &bytes, bool secret);
// The named BIGNUM parameter of key, or null when the key has none.
BnPtr bnParam(const EVP_PKEY *key, const char *name);

// An sfm::Error with a stable code, a translated message and OpenSSL's reasons as detail.
Error error(const char *code, Error::Translator message, const QString &detail = {});

} // namespace sfm::crypto::ossl
