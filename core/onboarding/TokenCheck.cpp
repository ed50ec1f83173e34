#include "TokenCheck.h"

#include "HelseIdSession.h"
#include "KeyCustody.h"
#include "Onboarding.h"
#include "crypto/Jws.h"
#include "helseid/TokenClient.h"

#include <QJsonDocument>
#include <QPointer>

namespace sfm::onboarding {

TokenCheck::TokenCheck(Onboarding &owner)
    : q(owner)
{}

void TokenCheck::request(const QString &requestedScope, const QString &childOrganizationNumber)
{
    const QStringList &scopes = q.m_data.setup.scopes;
    QString scope = requestedScope;
    if (scope.isEmpty()) {
        scope = scopes.contains(QString::fromUtf16(SfmApiScope)) || scopes.isEmpty()
                    ? QString::fromUtf16(SfmApiScope)
                    : scopes.last();
    }
    if (q.m_data.clientId.isEmpty()) {
        emit q.testTokenFailed(Error(QStringLiteral("onboarding.no_client"), [] {
            return Onboarding::tr("There is no client yet to get a token for.");
        }));
        return;
    }
    if (auto ok = q.m_session->ensure(); !ok) {
        emit q.testTokenFailed(ok.error());
        return;
    }
    QPointer<Onboarding> guard(&q);
    q.m_keys->withKey([guard, this, scope, childOrganizationNumber](Result<crypto::Key> key) {
        if (!guard)
            return;
        if (!key) {
            emit q.testTokenFailed(key.error());
            return;
        }
        helseid::ClientCredentials credentials = q.m_session->credentials(key.value());
        credentials.childOrganizationNumber = childOrganizationNumber;
        q.m_session->tokens().requestToken(
            credentials, {scope}, [guard, this, scope](Result<helseid::AccessToken> token) {
                if (!guard)
                    return;
                if (!token) {
                    emit q.testTokenFailed(token.error());
                    return;
                }
                TestToken t;
                t.scope = scope;
                t.tokenType = token->tokenType;
                t.expiresIn = int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(token->expiresAt)));
                t.accessToken = token->token.bytes();
                if (auto parts = crypto::parseCompact(t.accessToken)) {
                    t.header = parts->header;
                    t.claims = QJsonDocument::fromJson(parts->payload).object();
                }
                emit q.testTokenReady(t);
            });
    });
}

} // namespace sfm::onboarding
