#include "AgentState.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace sfm::storage {

namespace {

using Item = AgentRunItem;

const std::pair<Item::Result, const char *> resultNames[] = {
    {Item::Result::Renewed, "renewed"}, {Item::Result::NotDue, "not-due"},  {Item::Result::Portal, "portal"},
    {Item::Result::Failed, "failed"},   {Item::Result::Skipped, "skipped"},
};

QJsonValue dateJson(const std::optional<QDateTime> &t)
{
    return t && t->isValid() ? QJsonValue(t->toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

std::optional<QDateTime> readDate(const QJsonValue &v)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? std::optional(t.toUTC()) : std::nullopt;
}

QJsonObject runJson(const AgentRun &run)
{
    QJsonArray items;
    for (const Item &i : run.items.mid(0, AgentState::MaxItems))
        items.append(QJsonObject{{QStringLiteral("onboarding"), i.onboardingId},
                                 {QStringLiteral("clientId"), i.clientId},
                                 {QStringLiteral("result"), AgentState::resultName(i.result)},
                                 {QStringLiteral("message"), i.message.left(1000)},
                                 {QStringLiteral("expiresAt"), dateJson(i.expiresAt)}});
    return QJsonObject{{QStringLiteral("startedAt"), dateJson(run.startedAt)},
                       {QStringLiteral("finishedAt"), dateJson(run.finishedAt)},
                       {QStringLiteral("exitCode"), run.exitCode},
                       {QStringLiteral("windowDays"), run.windowDays},
                       {QStringLiteral("items"), items}};
}

std::optional<AgentRun> readRun(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    AgentRun run;
    run.startedAt = readDate(o.value(QStringLiteral("startedAt"))).value_or(QDateTime());
    run.finishedAt = readDate(o.value(QStringLiteral("finishedAt"))).value_or(QDateTime());
    run.exitCode = o.value(QStringLiteral("exitCode")).toInt(-1);
    run.windowDays = o.value(QStringLiteral("windowDays")).toInt(30);
    for (const QJsonValue &v : o.value(QStringLiteral("items")).toArray()) {
        if (run.items.size() >= AgentState::MaxItems)
            break;
        const QJsonObject i = v.toObject();
        Item item;
        item.onboardingId = i.value(QStringLiteral("onboarding")).toString();
        item.clientId = i.value(QStringLiteral("clientId")).toString();
        item.message = i.value(QStringLiteral("message")).toString().left(1000);
        item.expiresAt = readDate(i.value(QStringLiteral("expiresAt")));
        const QString result = i.value(QStringLiteral("result")).toString();
        item.result = Item::Result::Skipped; // a result this version does not know
        for (const auto &[r, name] : resultNames) {
            if (result == QLatin1String(name))
                item.result = r;
        }
        run.items.append(item);
    }
    return run;
}

} // namespace

int AgentRun::count(AgentRunItem::Result result) const
{
    return int(
        std::count_if(items.cbegin(), items.cend(), [result](const Item &i) { return i.result == result; }));
}

bool AgentRun::needsAttention() const
{
    return exitCode != 0 || count(Item::Result::Failed) > 0 || count(Item::Result::Portal) > 0;
}

AgentState::AgentState(QString path)
    : m_path(std::move(path))
{}

QString AgentState::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/agent-state.json");
}

QJsonObject AgentState::toJson(const AgentRun &run)
{
    return runJson(run);
}

QString AgentState::resultName(AgentRunItem::Result result)
{
    for (const auto &[r, name] : resultNames) {
        if (r == result)
            return QLatin1String(name);
    }
    return QStringLiteral("skipped");
}

Result<QJsonObject> AgentState::readFile() const
{
    QFile file(m_path);
    if (!file.exists())
        return QJsonObject();
    const QString path = m_path;
    auto unreadable = [path](const QString &detail) {
        return Error(
            QStringLiteral("storage.agent_state.unreadable"),
            [path]() -> QString {
                return tr("The record of the renewal agent's last run (%1) cannot be read. It is rewritten "
                          "after the next run; you may also delete it.")
                    .arg(QDir::toNativeSeparators(path));
            },
            detail);
    };
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(file.errorString());
    if (file.size() > MaxBytes)
        return unreadable(QStringLiteral("larger than %1 bytes").arg(MaxBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(MaxBytes), &parseError);
    if (!doc.isObject())
        return unreadable(parseError.errorString());
    if (doc.object().value(QStringLiteral("version")).toInt() != Version)
        return unreadable(QStringLiteral("unknown version"));
    return doc.object();
}

Result<std::optional<AgentRun>> AgentState::lastRun() const
{
    const auto json = readFile();
    if (!json)
        return json.error();
    return readRun(json->value(QStringLiteral("lastRun")));
}

Result<std::optional<AgentRun>> AgentState::lastSuccessfulRun() const
{
    const auto json = readFile();
    if (!json)
        return json.error();
    return readRun(json->value(QStringLiteral("lastSuccessfulRun")));
}

Result<void> AgentState::record(const AgentRun &run)
{
    // A damaged file is replaced: the new run is worth more than what cannot be read.
    const auto previous = readFile();
    QJsonObject json{{QStringLiteral("version"), Version}, {QStringLiteral("lastRun"), runJson(run)}};
    if (run.exitCode == 0)
        json.insert(QStringLiteral("lastSuccessfulRun"), runJson(run));
    else if (previous && previous->contains(QStringLiteral("lastSuccessfulRun")))
        json.insert(QStringLiteral("lastSuccessfulRun"),
                    previous->value(QStringLiteral("lastSuccessfulRun")));

    const QString path = m_path;
    auto failed = [path](const QString &detail) {
        return Error(
            QStringLiteral("storage.agent_state.write"),
            [path]() -> QString {
                return tr("The renewal agent could not record its run in %1. Check that the folder exists "
                          "and that you may write to it.")
                    .arg(QDir::toNativeSeparators(path));
            },
            detail);
    };
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return failed(QStringLiteral("cannot create the folder"));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace sfm::storage
