// Requests per onboarding through the real `sfmctl batch` (issue 15: "a 200-row batch sends no more requests
// per onboarding than a single onboarding does"): the sfmctl program runs as a child against the helseid-sim
// program, once for a one-row CSV and once for a 200-row CSV, each in two runs as support staff do it:
//   1. `batch FILE --no-wait`: a draft, a key and a client per row, until each waits for the customer;
//   2. the customers confirm and sign (the simulator's control API: not counted), then `batch FILE` again,
//      which continues the same onboardings until each is ready.
// Requests are counted by the simulator (its log line per answered request). The baseline is the one-row
// file in the same run; the ratio is per onboarding, batch / single (goal <= 1).
//   bench_batch_cli [ROWS]   (default 200)
// Keys: ES256 in the encrypted-file store (the key's kind does not change the requests; RSA 4096 only makes
// the run longer). The request budget is raised to 16 at once and 100/s (settings), so the run is not paced
// at the modest defaults; pacing delays requests, it does not add any.
#include "BenchSupport.h"
#include "SampleOrganizationNumbers.h"
#include "SimProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

namespace {

using bench::waitUntil;

struct Scenario
{
    QString name;
    int rows = 0;
    qint64 registerRequests = 0; // run 1: until waiting for the customer
    qint64 finishRequests = 0;   // run 2: until ready
    int ready = 0;
    double perOnboarding() const { return double(registerRequests + finishRequests) / rows; }
};

class Bench
{
public:
    SimProcess sim;
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    int counter = 100;

    bool setUp()
    {
        const QString config = dir.filePath(QStringLiteral("config"));
        if (!QDir().mkpath(config + QStringLiteral("/sfm-onboarding")))
            return false;
        QFile ini(config + QStringLiteral("/sfm-onboarding/sfm-onboarding.conf"));
        if (!ini.open(QIODevice::WriteOnly) ||
            ini.write("[network]\nmaxConcurrentRequests=16\nrequestsPerSecond=100\n") < 0)
            return false;
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("sfm.*=false"));
        return sim.start();
    }

    QString writeCsv(const QString &name, int rows)
    {
        QString text = QStringLiteral("organizationNumber,journalName\r\n");
        for (int row = 0; row < rows; ++row) {
            std::optional<QString> org;
            while (!org)
                org = sample::organizationNumber(++counter, 8);
            text += *org + QStringLiteral(",Legekontoret %1 %2\r\n").arg(name).arg(row + 2);
        }
        const QString path = dir.filePath(name + QStringLiteral(".csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
            return {};
        return path;
    }

    // One sfmctl batch run, the simulator's event loop kept turning; the exit code and the requests it sent.
    std::pair<int, qint64> batch(const QString &name, const QString &csv, const QStringList &extra)
    {
        QProcessEnvironment childEnv = env;
        // Each scenario starts with nothing cached (its own discovery cache), as a support person's first
        // run.
        childEnv.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(name + QStringLiteral("/cache")));
        QProcess p;
        p.setProcessEnvironment(childEnv);
        p.setProgram(QStringLiteral(SFM_SFMCTL_PATH));
        p.setArguments(
            QStringList{QStringLiteral("batch"), csv, QStringLiteral("--environment"), QStringLiteral("demo"),
                        QStringLiteral("--sim-url"), sim.url("issuer"), QStringLiteral("--dir"),
                        dir.filePath(name + QStringLiteral("/onboardings")), QStringLiteral("--alg"),
                        QStringLiteral("ES256"), QStringLiteral("--key-store"), QStringLiteral("file"),
                        QStringLiteral("--key-dir"), dir.filePath(name + QStringLiteral("/keys")),
                        QStringLiteral("--passphrase-stdin"), QStringLiteral("--poll-interval"),
                        QStringLiteral("1"), QStringLiteral("--cache-delay"), QStringLiteral("0")} +
            extra);
        const qint64 before = sim.settledRequests();
        p.start();
        if (!p.waitForStarted(10000))
            return {-1, 0};
        p.write("bench-batch-passphrase\n");
        p.closeWriteChannel();
        QByteArray errors;
        QObject::connect(&p, &QProcess::readyReadStandardError, &p,
                         [&] { errors += p.readAllStandardError(); });
        QObject::connect(&p, &QProcess::readyReadStandardOutput, &p, [&] { p.readAllStandardOutput(); });
        if (!waitUntil([&] { return p.state() == QProcess::NotRunning; }, 1800000, 20)) {
            p.kill();
            p.waitForFinished(5000);
            return {-1, 0};
        }
        errors += p.readAllStandardError();
        const int code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        if (code != 0 && code != 7)
            std::fprintf(stderr, "sfmctl batch exited %d:\n%s\n", code, errors.right(2000).constData());
        return {code, sim.settledRequests() - before};
    }

    QJsonArray readReport(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).array();
    }

    bool run(Scenario &s)
    {
        const QString csv = writeCsv(s.name, s.rows);
        const QString report = dir.filePath(s.name + QStringLiteral("-report.json"));
        sim.resetBreakdown();
        const auto [waiting, registered] = batch(
            s.name, csv,
            {QStringLiteral("--no-wait"), QStringLiteral("--json"), QStringLiteral("--report"), report});
        if (waiting != 7)
            return false;
        s.registerRequests = registered;
        const QMap<QByteArray, int> registerBreakdown = sim.breakdown;
        // The customers confirm and sign.
        int answered = 0, asked = 0;
        for (const QJsonValue &row : readReport(report)) {
            const QString id = row.toObject().value(QStringLiteral("clientId")).toString();
            asked += 2;
            sim.control("POST", QStringLiteral("/clients/%1/confirm").arg(id), [&, id](int, auto) {
                ++answered;
                sim.control("POST", QStringLiteral("/clients/%1/sign").arg(id),
                            [&](int, auto) { ++answered; });
            });
        }
        if (asked != 2 * s.rows || !waitUntil([&] { return answered == asked; }, 120000, 20))
            return false;
        sim.resetBreakdown();
        const auto [done, finished] =
            batch(s.name, csv, {QStringLiteral("--json"), QStringLiteral("--report"), report});
        s.finishRequests = finished;
        for (const QJsonValue &row : readReport(report))
            if (row.toObject().value(QStringLiteral("state")).toString() == QLatin1String("ready"))
                ++s.ready;
        std::printf("%s (%d rows): requests until waiting %lld, until ready %lld, ready %d/%d\n",
                    qPrintable(s.name), s.rows, (long long)s.registerRequests, (long long)s.finishRequests,
                    s.ready, s.rows);
        std::printf("  run 1 (--no-wait):\n");
        for (auto it = registerBreakdown.cbegin(); it != registerBreakdown.cend(); ++it)
            std::printf("    %5d  %s\n", it.value(), it.key().constData());
        std::printf("  run 2 (until ready):\n");
        for (auto it = sim.breakdown.cbegin(); it != sim.breakdown.cend(); ++it)
            std::printf("    %5d  %s\n", it.value(), it.key().constData());
        return done == 0 && s.ready == s.rows;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::max(2, atoi(argv[1])) : 200;
    Bench b;
    if (!b.setUp()) {
        std::fprintf(stderr, "could not start %s\n", SFM_HELSEID_SIM_PATH);
        return 1;
    }
    Scenario single{QStringLiteral("single"), 1};
    Scenario many{QStringLiteral("batch"), rows};
    QElapsedTimer t;
    t.start();
    if (!b.run(single))
        return 1;
    const double singleMs = double(t.restart());
    if (!b.run(many))
        return 1;
    const double manyMs = double(t.elapsed());

    std::printf(
        "\none-row CSV:   %.2f requests per onboarding (%lld until waiting + %lld until ready), %.1f s\n",
        single.perOnboarding(), (long long)single.registerRequests, (long long)single.finishRequests,
        singleMs / 1000);
    std::printf("%d-row CSV: %.2f requests per onboarding (%.2f until waiting + %.2f until ready), %.1f s\n",
                rows, many.perOnboarding(), double(many.registerRequests) / rows,
                double(many.finishRequests) / rows, manyMs / 1000);
    std::printf("ratio requests per onboarding, %d rows / one row: %.2f   (goal <= 1)\n", rows,
                many.perOnboarding() / single.perOnboarding());
    return 0;
}
