#include "TestLoginPanel.h"

#include "InlineError.h"
#include "SystemBrowser.h"
#include "onboarding/Onboarding.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sfm::ui {

using onboarding::Onboarding;

TestLoginPanel::TestLoginPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("testLoginPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto *row = new QHBoxLayout;
    m_login = new QPushButton(this);
    m_login->setObjectName(QStringLiteral("testLogin"));
    m_details = new QPushButton(this);
    m_details->setObjectName(QStringLiteral("testLoginDetails"));
    m_details->setCheckable(true);
    m_details->hide();
    row->addWidget(m_login);
    row->addWidget(m_details);
    row->addStretch(1);
    layout->addLayout(row);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testLoginResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);
    m_raw = new QPlainTextEdit(this);
    m_raw->setObjectName(QStringLiteral("testLoginClaims"));
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setMinimumHeight(fontMetrics().height() * 6);
    m_raw->hide();
    layout->addWidget(m_raw);
    m_error = new InlineError(this);
    layout->addWidget(m_error);

    connect(m_login, &QPushButton::clicked, this, &TestLoginPanel::start);
    connect(m_details, &QPushButton::toggled, m_raw, &QWidget::setVisible);
    retranslateUi();
}

void TestLoginPanel::attach(Onboarding *onboarding)
{
    if (m_onboarding)
        m_onboarding->disconnect(this);
    m_onboarding = onboarding;
    m_last.reset();
    m_error->clear();
    m_login->setEnabled(true);
    render();
    if (!onboarding)
        return;
    // The wizard opens the login with QDesktopServices (BROWSER first, so tests supply their own).
    onboarding->setBrowser(systemBrowser());
    connect(onboarding, &Onboarding::loginFinished, this, [this](const helseid::UserLoginResult &result) {
        m_last = result;
        m_last->accessToken = {}; // a secret: not kept here
        m_login->setEnabled(true);
        render();
        emit loginEnded();
    });
    connect(onboarding, &Onboarding::loginFailed, this, [this](const Error &error) {
        m_login->setEnabled(true);
        m_error->setError(error);
        emit loginEnded();
    });
}

void TestLoginPanel::start()
{
    if (!m_onboarding)
        return;
    m_error->clear();
    m_login->setEnabled(false);
    emit loginStarted();
    m_onboarding->runTestLogin();
}

void TestLoginPanel::render()
{
    const bool shown = m_last.has_value() && m_onboarding;
    m_result->setVisible(shown);
    m_details->setVisible(shown);
    if (!shown) {
        m_details->setChecked(false);
        m_raw->clear();
        return;
    }
    const helseid::UserLoginResult &r = *m_last;
    auto value = [this](const QString &v) { return v.isEmpty() ? tr("(not in the token)") : v; };
    auto row = [](const QString &label, const QString &v) {
        return QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td><b>%2</b></td></tr>")
            .arg(label.toHtmlEscaped(), v.toHtmlEscaped());
    };
    const QString reason = onboarding::sfmRefusalReason(r, m_onboarding->data());
    QString html = QStringLiteral("<p><b>%1</b></p><p>%2</p><table>")
                       .arg((reason.isEmpty() ? tr("SFM will accept this token.") : reason).toHtmlEscaped(),
                            tr("What SFM will see:").toHtmlEscaped());
    html += row(tr("Person:"), value(r.personName));
    html += row(tr("HPR number:"), value(r.hprNumber));
    html += row(tr("Security level:"), value(r.securityLevel));
    html += row(tr("Organization:"),
                value(r.childOrganizationNumber.isEmpty()
                          ? r.organizationNumber
                          : tr("%1, child unit %2").arg(r.organizationNumber, r.childOrganizationNumber)));
    html += row(tr("SFM-id:"), value(r.sfmId));
    html += row(tr("Scopes:"), r.scopes.join(QStringLiteral(", ")));
    html +=
        row(tr("Token:"),
            tr("%1, valid for %n minute(s)", nullptr, int((r.lifetimeSeconds + 59) / 60)).arg(r.tokenType));
    html += QStringLiteral("</table>");
    m_result->setText(html);
    QString raw = QString::fromUtf8(QJsonDocument(r.accessTokenClaims).toJson(QJsonDocument::Indented));
    if (!r.accessTokenIsJwt)
        raw = tr("The access token is opaque (not a JWT). The ID token says:") + QLatin1Char('\n') +
              QString::fromUtf8(QJsonDocument(r.idTokenClaims).toJson(QJsonDocument::Indented));
    m_raw->setPlainText(raw);
}

void TestLoginPanel::retranslateUi()
{
    m_intro->setText(tr("Prove that the journal system can call SFM: log in as a prescriber with this client "
                        "and see what SFM will see. In TEST a synthetic test person logs in; nothing is "
                        "stored but the result."));
    m_login->setText(tr("Test &login as a prescriber"));
    m_login->setToolTip(tr("Opens the HelseID login in your browser. The token itself is not shown."));
    m_details->setText(tr("&Details"));
    m_raw->setAccessibleName(tr("Claims of the test login's token"));
    render();
}

} // namespace sfm::ui
