#include "FaultInjector.h"

#include <QCoreApplication>

namespace sfm::sim {

namespace {

const char *const kindNames[] = {"latency", "status", "rateLimit", "drop"};

Error faultError(const QString &detail)
{
    return Error(
        QStringLiteral("sim.fault.invalid"),
        QCoreApplication::translate("sfm::sim::FaultInjector", "The fault description is not valid."),
        detail);
}

} // namespace

QJsonObject Fault::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("kind"), QLatin1String(kindNames[int(kind)])},
                       {QStringLiteral("path"), pathPrefix},
                       {QStringLiteral("method"), QString::fromLatin1(method)},
                       {QStringLiteral("count"), remaining},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("latencyMs"), latencyMs},
                       {QStringLiteral("retryAfter"), retryAfterSeconds}};
}

Result<Fault> Fault::fromJson(const QJsonObject &json)
{
    Fault f;
    const QString kind = json.value(QStringLiteral("kind")).toString();
    bool known = false;
    for (int i = 0; i < 4; ++i) {
        if (kind == QLatin1String(kindNames[i])) {
            f.kind = Kind(i);
            known = true;
        }
    }
    if (!known)
        return faultError(QStringLiteral("kind must be latency, status, rateLimit or drop"));
    f.pathPrefix = json.value(QStringLiteral("path")).toString();
    if (!f.pathPrefix.startsWith(QLatin1Char('/')))
        return faultError(QStringLiteral("path must start with /"));
    f.method = json.value(QStringLiteral("method")).toString().toUpper().toLatin1();
    f.remaining = json.value(QStringLiteral("count")).toInt(1);
    if (f.remaining == 0 || f.remaining < -1)
        return faultError(QStringLiteral("count must be positive, or -1 for always"));
    f.status = json.value(QStringLiteral("status")).toInt(f.kind == Kind::RateLimit ? 429 : 503);
    if (f.status < 400 || f.status > 599)
        return faultError(QStringLiteral("status must be 400-599"));
    f.latencyMs = json.value(QStringLiteral("latencyMs")).toInt(0);
    if (f.latencyMs < 0 || f.latencyMs > 600000)
        return faultError(QStringLiteral("latencyMs must be 0-600000"));
    f.retryAfterSeconds = json.value(QStringLiteral("retryAfter")).toInt(1);
    if (f.retryAfterSeconds < 0)
        return faultError(QStringLiteral("retryAfter must not be negative"));
    return f;
}

int FaultInjector::add(Fault fault)
{
    fault.id = m_nextId++;
    m_faults.append(fault);
    return fault.id;
}

QJsonArray FaultInjector::toJson() const
{
    QJsonArray list;
    for (const Fault &f : m_faults)
        list.append(f.toJson());
    return list;
}

std::optional<Fault> FaultInjector::take(const SimRequest &request)
{
    if (request.path.startsWith(QLatin1String("/_sim")))
        return std::nullopt;
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!request.path.startsWith(it->pathPrefix))
            continue;
        if (!it->method.isEmpty() && it->method != request.method)
            continue;
        const Fault fault = *it;
        if (it->remaining > 0 && --it->remaining == 0)
            m_faults.erase(it);
        return fault;
    }
    return std::nullopt;
}

void FaultInjector::served(const Fault &fault)
{
    ++m_served[fault.id];
}

QJsonObject FaultInjector::servedJson() const
{
    int total = 0;
    QJsonObject byFault;
    for (auto it = m_served.cbegin(); it != m_served.cend(); ++it) {
        total += it.value();
        byFault.insert(QString::number(it.key()), it.value());
    }
    return QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("byFault"), byFault}};
}

} // namespace sfm::sim
