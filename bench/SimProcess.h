#pragma once

// The helseid-sim program as a child process for the benchmarks: its work is not counted as the client's
// CPU time or as stalls of the client's event loop. Requests are counted from the simulator's one line per
// answered request on stderr ("sfm.sim: METHOD /path STATUS …"); control-API calls (/_sim/…) do not count.
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>

#include <functional>

class SimProcess
{
public:
    bool start(const QStringList &extraArguments = {})
    {
        m_p.setProgram(QStringLiteral(SFM_HELSEID_SIM_PATH));
        m_p.setArguments(QStringList{QStringLiteral("--cache-delay"), QStringLiteral("0")} + extraArguments);
        QObject::connect(&m_p, &QProcess::readyReadStandardError, [this] { readLog(); });
        m_p.start();
        if (!m_p.waitForStarted(10000) || !m_p.waitForReadyRead(20000))
            return false;
        info = QJsonDocument::fromJson(m_p.readLine()).object();
        return !info.isEmpty();
    }
    ~SimProcess()
    {
        m_p.terminate();
        if (!m_p.waitForFinished(5000))
            m_p.kill();
    }
    QString url(const char *which) const { return info.value(QLatin1String(which)).toString(); }

    // The count once the log lines of answered requests have arrived (no new line for 150 ms).
    qint64 settledRequests()
    {
        qint64 before = -1;
        while (before != requests) {
            before = requests;
            QEventLoop loop;
            QTimer::singleShot(150, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return requests;
    }

    // Asynchronous control call (the event loop keeps running); then() gets the HTTP status and the answer.
    void control(const QByteArray &method, const QString &path,
                 std::function<void(int, const QJsonDocument &)> then = {}, const QByteArray &body = "{}")
    {
        QNetworkRequest r(QUrl(url("control") + path));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(r, method, method == "GET" ? QByteArray() : body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, then] {
            reply->deleteLater();
            if (then)
                then(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                     QJsonDocument::fromJson(reply->readAll()));
        });
    }
    // The same, waited for in a local event loop (benchmark set-up only).
    QJsonDocument controlNow(const QByteArray &method, const QString &path, int *status = nullptr)
    {
        QJsonDocument answer;
        bool done = false;
        control(method, path, [&](int s, const QJsonDocument &doc) {
            answer = doc;
            if (status)
                *status = s;
            done = true;
        });
        QEventLoop loop;
        QTimer check;
        QObject::connect(&check, &QTimer::timeout, &loop, [&] {
            if (done)
                loop.quit();
        });
        check.start(2);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        return answer;
    }

    QJsonObject info;
    qint64 requests = 0;
    // Requests by "METHOD /path STATUS" since the last resetBreakdown().
    QMap<QByteArray, int> breakdown;
    void resetBreakdown() { breakdown.clear(); }

private:
    void readLog()
    {
        m_log += m_p.readAllStandardError();
        qsizetype nl;
        while ((nl = m_log.indexOf('\n')) >= 0) {
            const QByteArray line = m_log.left(nl);
            m_log.remove(0, nl + 1);
            const qsizetype at = line.indexOf("sfm.sim: ");
            if (at < 0)
                continue;
            const QByteArray rest = line.mid(at + 9);
            const bool request = rest.startsWith("GET /") || rest.startsWith("POST /") ||
                                 rest.startsWith("PUT /") || rest.startsWith("DELETE /");
            if (!request || rest.contains(" /_sim"))
                continue;
            ++requests;
            // "METHOD /path STATUS" (the API's paths carry no ids: the token names the client).
            const QList<QByteArray> words = rest.split(' ');
            if (words.size() >= 3)
                ++breakdown[words.at(0) + ' ' + words.at(1) + ' ' + words.at(2)];
        }
    }

    QProcess m_p;
    QByteArray m_log;
    QNetworkAccessManager m_nam;
};
