#include "fleet/BatchReport.h"

#include "fleet/OnboardingAttention.h"
#include "onboarding/OnboardingState.h"

#include <QJsonObject>

namespace sfm::fleet {

using onboarding::OnboardingData;
using onboarding::OnboardingSetup;
using onboarding::State;

OnboardingSetup setupForRow(const BatchRow &row, const helseid::Environment &environment,
                            const helseid::VendorProfile &profile, const QString &profileSource,
                            crypto::Algorithm algorithm, int rsaBits)
{
    OnboardingSetup setup;
    setup.alternative = onboarding::Alternative::Api;
    setup.environment = environment;
    setup.vendorProfile = profileSource;
    setup.organizationNumber = row.organizationNumber;
    setup.childOrganizationNumbers = row.childOrganizationNumbers;
    setup.journalName = row.journalName;
    if (!row.sfmId.isEmpty()) {
        setup.journal = OnboardingSetup::Journal::Existing;
        setup.existingSfmId = row.sfmId;
    }
    setup.scopes = row.scopes.isEmpty() ? profile.preselectedScopes() : row.scopes;
    setup.algorithm = algorithm;
    setup.rsaBits = rsaBits;
    setup.contactEmail = row.contactEmail;
    setup.contactLanguage = row.contactLanguage;
    return setup;
}

bool applyRowContact(const BatchRow &row, OnboardingSetup &setup)
{
    bool changed = false;
    for (auto [from, to] : {std::pair{&row.contactEmail, &setup.contactEmail},
                            std::pair{&row.contactLanguage, &setup.contactLanguage}}) {
        if (!from->isEmpty() && *from != *to) {
            *to = *from;
            changed = true;
        }
    }
    return changed;
}

QStringList BatchReport::columns()
{
    return {QStringLiteral("row"),
            QStringLiteral("organizationNumber"),
            QStringLiteral("journalName"),
            QStringLiteral("onboardingId"),
            QStringLiteral("clientId"),
            QStringLiteral("state"),
            QStringLiteral("confirmationLink"),
            QStringLiteral("contactEmail"),
            QStringLiteral("contactLanguage"),
            QStringLiteral("next")};
}

namespace {

QStringList values(const BatchReport::Line &line)
{
    const OnboardingData &d = line.data;
    return {QString::number(line.row.row), line.row.organizationNumber, line.row.journalName, d.id,
            d.clientId, d.id.isEmpty() ? QStringLiteral("skipped") : onboarding::stateName(d.state),
            d.state == State::AwaitingConfirmation || d.state == State::Registered
                ? d.confirmationUrl().toString()
                : QString(),
            // The onboarding's own (the row's, or one set earlier when this row left it empty).
            d.id.isEmpty() || d.setup.contactEmail.isEmpty() ? line.row.contactEmail : d.setup.contactEmail,
            d.id.isEmpty() || d.setup.contactLanguage.isEmpty() ? line.row.contactLanguage
                                                                : d.setup.contactLanguage,
            BatchReport::nextStep(line)};
}

QString csvField(const QString &value)
{
    // Quoted when needed; a leading =, +, - or @ is defused so a spreadsheet never runs it as a formula.
    QString v = value;
    if (!v.isEmpty() && QStringView(u"=+-@").contains(v.front()))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r') || v.contains(u';'))
        return u'"' + QString(v).replace(u'"', QStringLiteral("\"\"")) + u'"';
    return v;
}

} // namespace

QByteArray BatchReport::toCsv() const
{
    QByteArray csv("\xEF\xBB\xBF");
    const auto row = [&csv](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        csv += quoted.join(u',').toUtf8() + "\r\n";
    };
    row(columns());
    for (const Line &line : m_lines)
        row(values(line));
    return csv;
}

QJsonArray BatchReport::toJson() const
{
    QJsonArray array;
    const QStringList names = columns();
    for (const Line &line : m_lines) {
        const QStringList v = values(line);
        QJsonObject o;
        for (int i = 0; i < names.size(); ++i)
            o.insert(names.at(i), i == 0 ? QJsonValue(line.row.row) : QJsonValue(v.at(i)));
        if (!line.problem.isEmpty())
            o.insert(QStringLiteral("problem"), line.problem);
        array.append(o);
    }
    return array;
}

QString BatchReport::nextStep(const Line &line)
{
    if (line.data.id.isEmpty())
        return line.problem.isEmpty() ? tr("Correct the row and run the file again.") : line.problem;
    return OnboardingAttention::waitingForText(line.data);
}

BatchReport::Summary BatchReport::summary() const
{
    Summary s;
    for (const Line &line : m_lines) {
        ++s.rows;
        if (line.data.id.isEmpty()) {
            ++s.skipped;
            continue;
        }
        const State state = line.data.state;
        if (state == State::Ready || state == State::Exported)
            ++s.ready;
        else if (state == State::Failed || state == State::Cancelled)
            ++s.failed;
        else if (OnboardingAttention::waitingFor(line.data) == OnboardingAttention::WaitingFor::Customer)
            ++s.waitingForCustomer;
        else
            ++s.needsYou;
    }
    return s;
}

QString BatchReport::summaryText() const
{
    const Summary s = summary();
    return tr("%n row(s): %1 ready, %2 waiting for the customer, %3 need you, %4 stopped, %5 skipped.", "",
              s.rows)
        .arg(s.ready)
        .arg(s.waitingForCustomer)
        .arg(s.needsYou)
        .arg(s.failed)
        .arg(s.skipped);
}

} // namespace sfm::fleet
