#pragma once

// What the sfmctl onboarding tests share: the helseid-sim program on a free loopback port with its control
// API, and running the built sfmctl (inside the test's private keyring session) with its output captured.
#include "ChildProcess.h"
#include "crypto/Key.h"
#include "storage/KeychainSecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace clitest {

inline QString sfmctlPath()
{
    return QStringLiteral(SFM_BINARY_DIR "/app/sfmctl");
}

inline QString simPath()
{
    return QStringLiteral(SFM_BINARY_DIR "/sim/helseid-sim");
}

// The helseid-sim program, started with short delays for tests.
class Sim
{
public:
    bool start(const QStringList &extra = {})
    {
        m_process.setProgram(simPath());
        m_process.setArguments(QStringList{QStringLiteral("--cache-delay"), QStringLiteral("0")} + extra);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        if (!QTest::qWaitFor([this] { return m_process.canReadLine(); }, 30000))
            return false;
        m_line = m_process.readLine().trimmed();
        m_info = QJsonDocument::fromJson(m_line).object();
        // TODO(lead #13): engine still uses client-credentials SFM tokens
        return !issuer().isEmpty() && settings({{QStringLiteral("allowClientCredentialsForSfm"), true}});
    }
    ~Sim()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QString issuer() const { return m_info.value(QStringLiteral("issuer")).toString(); }
    QString control() const { return m_info.value(QStringLiteral("control")).toString(); }
    QByteArray line() const { return m_line; }
    QByteArray log() { return m_process.readAllStandardError(); }

    // One control-API call; the parsed JSON answer (object or array in a wrapper) and the HTTP status.
    std::pair<int, QJsonDocument> call(const QByteArray &method, const QString &path,
                                       const QJsonObject &body = {})
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(control() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.sendCustomRequest(request, method, QJsonDocument(body).toJson());
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
            return {0, {}};
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
        delete reply;
        return {status, doc};
    }
    bool confirm(const QString &clientId)
    {
        return call("POST", QStringLiteral("/clients/%1/confirm").arg(clientId)).first == 200;
    }
    bool sign(const QString &clientId)
    {
        return call("POST", QStringLiteral("/clients/%1/sign").arg(clientId)).first == 200;
    }
    bool settings(const QJsonObject &s) { return call("POST", QStringLiteral("/settings"), s).first == 200; }
    bool fault(const QJsonObject &f) { return call("POST", QStringLiteral("/faults"), f).first == 201; }
    QJsonArray clients() { return call("GET", QStringLiteral("/clients")).second.array(); }

private:
    QProcess m_process;
    QByteArray m_line;
    QJsonObject m_info;
};

// One sfmctl run: started, watched, killed or waited for.
class Run
{
public:
    explicit Run(const QStringList &args, const QByteArray &stdinText = {},
                 const QList<QPair<QString, QString>> &env = {})
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const auto &[k, v] : env)
            e.insert(k, v);
        m_process.setProcessEnvironment(e);
        m_process.start(sfmctlPath(), args);
        m_pid = sfmtest::startedPid(m_process);
        if (!stdinText.isEmpty())
            m_process.write(stdinText);
        m_process.closeWriteChannel();
    }
    ~Run()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    // Waits for the end; the exit code (or -1 when it did not end in time).
    int wait(int ms = 120000)
    {
        if (!QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, ms))
            return -1;
        collect();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -2;
    }
    // Waits until a JSON event line on stdout satisfies pred; the event.
    std::optional<QJsonObject> waitForEvent(const std::function<bool(const QJsonObject &)> &pred,
                                            int ms = 120000)
    {
        std::optional<QJsonObject> found;
        (void)QTest::qWaitFor(
            [&] {
                collect();
                for (const QJsonObject &e : m_events) {
                    if (pred(e)) {
                        found = e;
                        return true;
                    }
                }
                return m_process.state() == QProcess::NotRunning;
            },
            ms);
        return found;
    }
    std::optional<QJsonObject> waitForState(const QString &state, int ms = 120000)
    {
        return waitForEvent(
            [state](const QJsonObject &e) {
                return e.value(QStringLiteral("event")).toString() == QLatin1String("state") &&
                       e.value(QStringLiteral("state")).toString() == state;
            },
            ms);
    }
    // The running process's id; 0 once it ended.
    qint64 pid() const { return m_process.processId(); }
    // SIGKILL, as a crash or a power cut would end it; only while it still runs (see ChildProcess.h).
    void killHard()
    {
        sfmtest::killHard(m_process, m_pid);
        m_process.waitForFinished(10000);
        collect();
    }
    void collect()
    {
        m_stdout += m_process.readAllStandardOutput();
        m_stderr += m_process.readAllStandardError();
        m_events.clear();
        for (const QByteArray &line : m_stdout.split('\n')) {
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (doc.isObject())
                m_events.append(doc.object());
        }
    }
    const QByteArray &stdoutText() const { return m_stdout; }
    const QByteArray &stderrText() const { return m_stderr; }
    const QList<QJsonObject> &events() const { return m_events; }
    std::optional<QJsonObject> last(const QString &name) const
    {
        for (auto it = m_events.crbegin(); it != m_events.crend(); ++it) {
            if (it->value(QStringLiteral("event")).toString() == name)
                return *it;
        }
        return std::nullopt;
    }

private:
    QProcess m_process;
    qint64 m_pid = 0; // as started; processId() is 0 once it has ended
    QByteArray m_stdout;
    QByteArray m_stderr;
    QList<QJsonObject> m_events;
};

// Every file below dir, read whole (small test folders only).
inline QList<QPair<QString, QByteArray>> allFiles(const QString &dir)
{
    QList<QPair<QString, QByteArray>> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.size() < 8 * 1024 * 1024 && f.open(QIODevice::ReadOnly))
            files.append({path, f.readAll()});
    }
    return files;
}

// The key of an onboarding, read back from the real keychain like the EPJ would.
inline std::optional<sfm::crypto::Key> keyFromKeychain(const QString &entry, const QString &entriesFile)
{
    sfm::storage::KeychainSecretStore store(QStringLiteral("sfm-onboarding"), entriesFile);
    std::optional<sfm::Result<sfm::crypto::Key>> result;
    store.loadKey(entry, [&result](sfm::Result<sfm::crypto::Key> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000) || !result->ok())
        return std::nullopt;
    return result->value();
}

} // namespace clitest

// Compares a run's exit code and shows the end of its stderr when it differs.
#define SFM_COMPARE_EXIT(run, expected)                                                                      \
    do {                                                                                                     \
        const int sfmExit_ = (run).wait();                                                                   \
        QVERIFY2(sfmExit_ == (expected),                                                                     \
                 qPrintable(QStringLiteral("exit %1, expected %2; stderr ends: %3")                          \
                                .arg(sfmExit_)                                                               \
                                .arg(expected)                                                               \
                                .arg(QString::fromUtf8((run).stderrText().right(900)))));                    \
    } while (false)
