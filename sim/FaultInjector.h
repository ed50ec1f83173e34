#pragma once

#include "Result.h"
#include "SimHttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>

// Faults a test arms through POST /_sim/faults so a client's retry, timeout and error paths can be seen
// working: latency, an HTTP 500/503, 429 with Retry-After, or a dropped connection, for requests whose
// path starts with a prefix (and optionally one method), for the next N of them.
namespace sfm::sim {

struct Fault
{
    enum class Kind
    {
        Latency,   // answer normally, but only after latencyMs
        Status,    // answer status (500, 503, …) with a small body
        RateLimit, // 429 with Retry-After: retryAfterSeconds
        Drop       // close the connection without an answer
    };
    int id = 0;
    Kind kind = Kind::Status;
    QString pathPrefix;
    QByteArray method; // empty: any
    int remaining = 1; // -1: until DELETE /_sim/faults
    int status = 503;
    int latencyMs = 0;
    int retryAfterSeconds = 1;

    QJsonObject toJson() const;
    static Result<Fault> fromJson(const QJsonObject &json);
};

class FaultInjector
{
public:
    int add(Fault fault);
    void clear() { m_faults.clear(); }
    QJsonArray toJson() const;
    // The fault that applies to this request (counting it down), if any. /_sim/ is never faulted.
    std::optional<Fault> take(const SimRequest &request);
    // Called where a fault is really applied to an answer, so a test can tell that its faults fired
    // (GET /_sim/faults/served) and not only that they were armed; a latency fault when its delay begins.
    // Kept across DELETE /_sim/faults.
    void served(const Fault &fault);
    QJsonObject servedJson() const; // {"total": n, "byFault": {"<id>": n}}

private:
    QList<Fault> m_faults;
    QMap<int, int> m_served; // fault id -> answers it shaped
    int m_nextId = 1;
};

} // namespace sfm::sim
