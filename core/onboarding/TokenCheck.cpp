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
        // nhn:selvbetjening/client, else the first scope that is not SFM's; never an SFM scope.
        scope = QString::fromUtf16(SelfServiceScope);
        if (!scopes.contains(scope)) {
            for (const QString &s : scopes) {
                if (!isSfmScope(s)) {
                    scope = s;
                    break;
                }
            }
        }
    }
    if (isSfmScope(scope)) {
        // SFM is called with a user's token (reference section 9): HelseID refuses this request.
        emit q.testTokenFailed(Error(QStringLiteral("onboarding.token.needs_user"), [scope] {
            return Onboarding::tr("SFM needs a user: a token for «%1» comes only from a user login. Use the "
                                  "test login as a prescriber instead.")
                .arg(scope);
        }));
        return;
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
    q.m_keys->withKey(
        [this, scope, childOrganizationNumber](const crypto::Key &key) {
            QPointer<Onboarding> guard(&q);
            helseid::ClientCredentials credentials = q.m_session->credentials(key);
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
                    t.expiresIn =
                        int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(token->expiresAt)));
                    t.accessToken = token->token.bytes();
                    if (auto parts = crypto::parseCompact(t.accessToken)) {
                        t.header = parts->header;
                        t.claims = QJsonDocument::fromJson(parts->payload).object();
                    }
                    emit q.testTokenReady(t);
                });
        },
        [this](const Error &error) { emit q.testTokenFailed(error); });
}

} // namespace sfm::onboarding
