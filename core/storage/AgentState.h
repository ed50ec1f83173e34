#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sfm::storage {

// What the unattended renewal agent (`sfmctl renew --due`, started daily by the systemd timer or the
// Windows task) did the last time it ran, kept so `sfmctl agent status` — and a person — can see it. One
// small JSON file beside the onboardings (AppDataLocation/agent-state.json); ids, dates, counts and the
// one-line results renew printed, never a key, token or secret. Format: docs/sfmctl.md "agent-state.json".
struct AgentRunItem
{
    enum class Result
    {
        Renewed, // a new key is registered, tested and in use
        NotDue,  // nothing to do yet
        Portal,  // a portal-only client: a person must renew it in the portal
        Failed,  // renewal failed; the old key is still in use
        Skipped  // not renewable here (e.g. not ready, no key in this keychain)
    };
    QString onboardingId;
    QString clientId;
    Result result = Result::NotDue;
    QString message;                    // the line renew printed for it (already in the user's language)
    std::optional<QDateTime> expiresAt; // of the key in use after the run, UTC
};

struct AgentRun
{
    QDateTime startedAt;  // UTC
    QDateTime finishedAt; // UTC
    int exitCode = 0;     // renew's exit code
    int windowDays = 30;  // --within
    QList<AgentRunItem> items;

    // Counts per result.
    int count(AgentRunItem::Result result) const;
    // Whether a person must act: a renewal failed, or a portal renewal is due.
    bool needsAttention() const;
};

class AgentState
{
    Q_DECLARE_TR_FUNCTIONS(AgentState)

public:
    static constexpr int Version = 1;
    static constexpr int MaxItems = 1000;
    static constexpr qint64 MaxBytes = 1024 * 1024;

    explicit AgentState(QString path = defaultPath());
    static QString defaultPath(); // AppDataLocation/agent-state.json
    const QString &path() const { return m_path; }

    // nullopt when the agent never ran. Error code storage.agent_state.unreadable for a damaged file.
    Result<std::optional<AgentRun>> lastRun() const;
    // The last run that ended with exit code 0 (kept while later runs fail).
    Result<std::optional<AgentRun>> lastSuccessfulRun() const;
    // Replaces the last run (and the last successful one when run.exitCode is 0); atomic (QSaveFile).
    // Error code storage.agent_state.write.
    Result<void> record(const AgentRun &run);

    // "renewed", "not-due", "portal", "failed", "skipped".
    static QString resultName(AgentRunItem::Result result);
    // One run as it is stored (also `sfmctl agent status --json`).
    static QJsonObject toJson(const AgentRun &run);

private:
    Result<QJsonObject> readFile() const;

    QString m_path;
};

} // namespace sfm::storage
