// Key generation (RSA 4096, P-256) and signing (PS256 with RSA 4096, ES256) measured three ways in one run,
// each as a ratio against OpenSSL on the same machine at the same moment:
//   library  — our Key/signBytes call vs the same EVP call made directly (our overhead on top of OpenSSL);
//   library  — our call vs the `openssl` command doing it (genpkey / dgst -sign), as the brief asks;
//   cli      — `sfmctl key generate` / `sfmctl assertion` vs that `openssl` command, process for process.
// Runs are interleaved (ours, theirs, ours, …) so load from other processes hits both sides; medians.
// Usage: bench_crypto [--quick] [NAME-FILTER]   (e.g. "sign" runs only the signing comparisons)
#include "BenchSupport.h"
#include "crypto/ClientAssertion.h"
#include "crypto/Jws.h"
#include "crypto/Key.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace sfm::crypto;

namespace {

using bench::median;

// Milliseconds per call of work, timed over `batch` calls (cheap operations need batches to be measurable).
double timeMs(const std::function<bool()> &work, int batch = 1)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < batch; ++i) {
        if (!work()) {
            std::fprintf(stderr, "a measured operation failed\n");
            std::exit(1);
        }
    }
    return double(timer.nsecsElapsed()) / 1e6 / batch;
}

bool runProcess(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
                     process.readAllStandardError().constData());
        return false;
    }
    return true;
}

struct Comparison
{
    const char *name;
    std::function<bool()> ours;
    std::function<bool()> theirs;
    const char *oursLabel;
    const char *theirsLabel;
    int runs;
    int batch = 1;
    std::function<void()> between = [] {}; // cleanup between runs (e.g. remove output files)
};

QString g_filter; // only comparisons whose name contains it

void measure(const Comparison &c)
{
    if (!QString::fromLatin1(c.name).contains(g_filter))
        return;
    std::vector<double> ours, theirs;
    // One untimed warm-up each (page cache, provider loading).
    c.ours();
    c.between();
    c.theirs();
    c.between();
    for (int i = 0; i < c.runs; ++i) {
        ours.push_back(timeMs(c.ours, c.batch));
        c.between();
        theirs.push_back(timeMs(c.theirs, c.batch));
        c.between();
    }
    const double a = median(ours);
    const double b = median(theirs);
    std::printf("ratio %-40s %6.3f   (%s %.3f ms, %s %.3f ms; medians of %d%s)\n", c.name, b > 0 ? a / b : 0,
                c.oursLabel, a, c.theirsLabel, b, c.runs,
                c.batch > 1 ? qPrintable(QStringLiteral(" x %1 calls").arg(c.batch)) : "");
    std::fflush(stdout);
}

bool evpSign(EVP_PKEY *key, const char *digest, bool pss, const QByteArray &data)
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pctx = nullptr;
    size_t length = 0;
    unsigned char signature[1024];
    bool ok = EVP_DigestSignInit_ex(md, &pctx, digest, nullptr, nullptr, key, nullptr) == 1;
    if (ok && pss) {
        ok = EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) == 1 &&
             EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) == 1;
    }
    length = sizeof signature;
    ok = ok &&
         EVP_DigestSign(md, signature, &length, reinterpret_cast<const unsigned char *>(data.constData()),
                        size_t(data.size())) == 1;
    EVP_MD_CTX_free(md);
    return ok;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool quick = args.removeAll(QStringLiteral("--quick")) > 0;
    g_filter = args.value(0);
    const QString openssl = QStringLiteral("openssl");
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString out = dir.filePath(QStringLiteral("out.key"));
    const auto removeOut = [out] { QFile::remove(out); };
    const int rsaRuns = quick ? 3 : 9;
    const int processRuns = quick ? 5 : 21;
    const int signBatch = quick ? 20 : 100;

    std::printf("bench_crypto: ratio < 1 means ours is faster; goal: within 1.2 of OpenSSL's own tools\n");

    // --- key generation -------------------------------------------------------------------------
    measure({"keygen.rsa4096.library_vs_evp", [] { return Key::generateRsa(4096).ok(); },
             [] {
                 EVP_PKEY *k = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(4096));
                 EVP_PKEY_free(k);
                 return k != nullptr;
             },
             "Key::generateRsa", "EVP_PKEY_Q_keygen", rsaRuns});
    measure({"keygen.rsa4096.library_vs_openssl_cli", [] { return Key::generateRsa(4096).ok(); },
             [&] {
                 return runProcess(openssl,
                                   {QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                                    QStringLiteral("RSA"), QStringLiteral("-pkeyopt"),
                                    QStringLiteral("rsa_keygen_bits:4096"), QStringLiteral("-out"), out});
             },
             "Key::generateRsa", "openssl genpkey", rsaRuns, 1, removeOut});
    measure({"keygen.p256.library_vs_evp", [] { return Key::generateEc(Curve::P256).ok(); },
             [] {
                 EVP_PKEY *k = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
                 EVP_PKEY_free(k);
                 return k != nullptr;
             },
             "Key::generateEc", "EVP_PKEY_Q_keygen", processRuns, signBatch});
    measure({"keygen.p256.library_vs_openssl_cli", [] { return Key::generateEc(Curve::P256).ok(); },
             [&] {
                 return runProcess(openssl,
                                   {QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                                    QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
                                    QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"), out});
             },
             "Key::generateEc", "openssl genpkey", processRuns, 1, removeOut});

    // --- signing ----------------------------------------------------------------------------------
    const Key rsa = *Key::generateRsa(4096);
    const Key p256 = *Key::generateEc(Curve::P256);
    const QByteArray data(600, 'x'); // about the size of a client assertion's signing input
    const QString dataFile = dir.filePath(QStringLiteral("data"));
    const QString rsaDer = dir.filePath(QStringLiteral("rsa.der"));
    const QString ecDer = dir.filePath(QStringLiteral("ec.der"));
    if (!writeFile(dataFile, data) || !writeFile(rsaDer, rsa.toPkcs8Der().bytes()) ||
        !writeFile(ecDer, p256.toPkcs8Der().bytes()))
        return 1;
    const QString sig = dir.filePath(QStringLiteral("sig"));

    measure({"sign.ps256.rsa4096.library_vs_evp", [&] { return signBytes(data, rsa, Algorithm::PS256).ok(); },
             [&] { return evpSign(rsa.handle(), "SHA256", true, data); }, "signBytes", "EVP_DigestSign",
             processRuns, signBatch / 4});
    const QStringList pssArgs{QStringLiteral("dgst"),
                              QStringLiteral("-sha256"),
                              QStringLiteral("-sigopt"),
                              QStringLiteral("rsa_padding_mode:pss"),
                              QStringLiteral("-sigopt"),
                              QStringLiteral("rsa_pss_saltlen:digest"),
                              QStringLiteral("-keyform"),
                              QStringLiteral("DER"),
                              QStringLiteral("-sign"),
                              rsaDer,
                              QStringLiteral("-out"),
                              sig,
                              dataFile};
    measure({"sign.ps256.rsa4096.library_vs_openssl_cli",
             [&] { return signBytes(data, rsa, Algorithm::PS256).ok(); },
             [&] { return runProcess(openssl, pssArgs); }, "signBytes", "openssl dgst -sign", processRuns});
    measure({"sign.es256.library_vs_evp", [&] { return signBytes(data, p256, Algorithm::ES256).ok(); },
             [&] { return evpSign(p256.handle(), "SHA256", false, data); }, "signBytes", "EVP_DigestSign",
             processRuns, signBatch});
    const QStringList ecArgs{QStringLiteral("dgst"),
                             QStringLiteral("-sha256"),
                             QStringLiteral("-keyform"),
                             QStringLiteral("DER"),
                             QStringLiteral("-sign"),
                             ecDer,
                             QStringLiteral("-out"),
                             sig,
                             dataFile};
    measure({"sign.es256.library_vs_openssl_cli",
             [&] { return signBytes(data, p256, Algorithm::ES256).ok(); },
             [&] { return runProcess(openssl, ecArgs); }, "signBytes", "openssl dgst -sign", processRuns});

#ifdef SFM_SFMCTL_PATH
    // --- command line against command line -------------------------------------------------------
    const QString sfmctl = QStringLiteral(SFM_SFMCTL_PATH);
    measure({"cli.keygen.rsa4096.sfmctl_vs_openssl",
             [&] {
                 return runProcess(sfmctl, {QStringLiteral("key"), QStringLiteral("generate"),
                                            QStringLiteral("--out"), out});
             },
             [&] {
                 return runProcess(openssl,
                                   {QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                                    QStringLiteral("RSA"), QStringLiteral("-pkeyopt"),
                                    QStringLiteral("rsa_keygen_bits:4096"), QStringLiteral("-out"), out});
             },
             "sfmctl key generate", "openssl genpkey", rsaRuns, 1, removeOut});
    measure({"cli.keygen.p256.sfmctl_vs_openssl",
             [&] {
                 return runProcess(sfmctl, {QStringLiteral("key"), QStringLiteral("generate"),
                                            QStringLiteral("--alg"), QStringLiteral("ES256"),
                                            QStringLiteral("--out"), out});
             },
             [&] {
                 return runProcess(openssl,
                                   {QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                                    QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
                                    QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"), out});
             },
             "sfmctl key generate", "openssl genpkey", processRuns, 1, removeOut});
    const QString rsaJwk = dir.filePath(QStringLiteral("rsa.jwk"));
    const QString ecJwk = dir.filePath(QStringLiteral("ec.jwk"));
    if (!writeFile(rsaJwk, rsa.privateJwkJson(Algorithm::PS256).bytes()) ||
        !writeFile(ecJwk, p256.privateJwkJson(Algorithm::ES256).bytes()))
        return 1;
    const auto assertionArgs = [](const QString &key) {
        return QStringList{QStringLiteral("assertion"),
                           QStringLiteral("--key"),
                           key,
                           QStringLiteral("--client-id"),
                           QStringLiteral("bench"),
                           QStringLiteral("--audience"),
                           QStringLiteral("https://helseid-sts.test.nhn.no")};
    };
    measure({"cli.sign.ps256.rsa4096.sfmctl_vs_openssl",
             [&] { return runProcess(sfmctl, assertionArgs(rsaJwk)); },
             [&] { return runProcess(openssl, pssArgs); }, "sfmctl assertion", "openssl dgst -sign",
             processRuns});
    measure({"cli.sign.es256.sfmctl_vs_openssl", [&] { return runProcess(sfmctl, assertionArgs(ecJwk)); },
             [&] { return runProcess(openssl, ecArgs); }, "sfmctl assertion", "openssl dgst -sign",
             processRuns});
#endif
    return 0;
}
