#pragma once

// Onboarding files for the overview's tests, benchmark and screenshots: realistic journals in every state,
// written with OnboardingStore as the engine would write them.
#include "onboarding/OnboardingData.h"
#include "onboarding/OnboardingStore.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace overview_samples {

using sfm::onboarding::OnboardingData;
using sfm::onboarding::State;

// A fixed "now" so screenshots and tests do not change with the date.
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2025, 6, 2), QTime(9, 30), Qt::UTC);
}

inline OnboardingData make(const QString &journal, const QString &org, const QString &env, State state,
                           int alternative = 1, const QString &clientId = {})
{
    sfm::onboarding::OnboardingSetup setup;
    setup.alternative = sfm::onboarding::Alternative(alternative);
    const QUrl local(QStringLiteral("http://127.0.0.1:1"));
    setup.environment = env == QLatin1String("prod")   ? sfm::helseid::Environment::prod()
                        : env == QLatin1String("demo") ? sfm::helseid::Environment::demo(local, local, local)
                                                       : sfm::helseid::Environment::test();
    setup.organizationNumber = org;
    setup.journalName = journal;
    setup.scopes = {QStringLiteral("e-helse:sfm.api/sfm.api2")};
    OnboardingData d = OnboardingData::create(setup);
    d.state = state;
    d.clientId = clientId;
    d.createdAt = fixedNow().addDays(-20);
    d.updatedAt = fixedNow().addDays(-2).addSecs(3600);
    if (state != State::Draft) {
        d.keyReference.kind = sfm::onboarding::KeyReference::Kind::Keychain;
        d.keyReference.service = QStringLiteral("sfm-onboarding");
        d.keyReference.entry = QStringLiteral("key-") + d.id.left(8);
        d.keyCreatedAt = d.createdAt;
    }
    if (state == State::AwaitingConfirmation || state == State::AwaitingAccess)
        d.waitingSince = fixedNow().addDays(-3).addSecs(-7200);
    if (state == State::AwaitingAccess || state == State::Ready || state == State::Exported) {
        d.lastCheckedAt = fixedNow().addSecs(-600);
        d.scopeStatuses = {{QStringLiteral("e-helse:sfm.api/sfm.api2"),
                            state == State::AwaitingAccess ? QStringLiteral("pending") : QStringLiteral("ok"),
                            {}},
                           {QStringLiteral("nhn:selvbetjening/client"), QStringLiteral("ok"), {}}};
    }
    return d;
}

// About a dozen onboardings of a support person's day.
inline QList<OnboardingData> dozen()
{
    QList<OnboardingData> list;
    list << make(QStringLiteral("Legevakta Nordfjord"), QStringLiteral("974760673"), QStringLiteral("prod"),
                 State::AwaitingConfirmation, 1, QStringLiteral("c-1001"));
    list << make(QStringLiteral("Helsestasjonen Sentrum"), QStringLiteral("974760673"),
                 QStringLiteral("prod"), State::AwaitingAccess, 1, QStringLiteral("c-1002"));
    list << make(QStringLiteral("Sjukeheimen Øvre Årdal"), QStringLiteral("964967636"),
                 QStringLiteral("prod"), State::Ready, 1, QStringLiteral("c-1003"));
    list << make(QStringLiteral("Fastlegekontoret Bryne"), QStringLiteral("983974724"),
                 QStringLiteral("prod"), State::Exported, 2, QStringLiteral("c-1004"));
    list.last().keyExpiresAt = fixedNow().addDays(12);
    list << make(QStringLiteral("Legesenteret Ås"), QStringLiteral("983974724"), QStringLiteral("test"),
                 State::Exported, 1, QStringLiteral("c-1005"));
    list.last().keyExpiresAt = fixedNow().addDays(200);
    list << make(QStringLiteral("Hjemmetjenesten Vest"), QStringLiteral("964967636"), QStringLiteral("test"),
                 State::Failed, 1, QStringLiteral("c-1006"));
    list.last().failure =
        sfm::Error(QStringLiteral("helseid.invalid_client"), QStringLiteral("HelseID: invalid_client"));
    list.last().lastCheckedAt = fixedNow().addSecs(-3600);
    list << make(QStringLiteral("Rusomsorgen Midt"), QStringLiteral("974760673"), QStringLiteral("test"),
                 State::KeyReady, 1);
    list << make(QStringLiteral("Tannhelsetjenesten Nord"), QStringLiteral("983974724"),
                 QStringLiteral("demo"), State::Draft, 1);
    list << make(QStringLiteral("Legekontoret Førde"), QStringLiteral("964967636"), QStringLiteral("prod"),
                 State::AwaitingConfirmation, 1, QStringLiteral("c-1009"));
    list << make(QStringLiteral("Jordmortjenesten"), QStringLiteral("974760673"), QStringLiteral("prod"),
                 State::Cancelled, 3);
    list << make(QStringLiteral("Psykisk helse Sør"), QStringLiteral("983974724"), QStringLiteral("prod"),
                 State::Exported, 3, QStringLiteral("c-1011"));
    list.last().keyExpiresAt = fixedNow().addDays(-1);
    list << make(QStringLiteral("Fengselshelsetjenesten"), QStringLiteral("964967636"),
                 QStringLiteral("test"), State::AwaitingAccess, 1, QStringLiteral("c-1012"));
    return list;
}

inline bool writeAll(const QString &dir, const QList<OnboardingData> &list)
{
    sfm::onboarding::OnboardingStore store(dir);
    for (OnboardingData d : list) {
        if (!store.save(d).ok())
            return false;
    }
    return true;
}

} // namespace overview_samples
