#pragma once

#include "fleet/BatchFile.h"
#include "helseid/Environment.h"
#include "helseid/VendorProfile.h"
#include "onboarding/OnboardingData.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>

namespace sfm::fleet {

// The setup a batch row asks for, in the batch's environment (Alternative 1: sfmctl batch runs through the
// self-service API). Scopes default to the profile's preselected ones.
onboarding::OnboardingSetup setupForRow(const BatchRow &row, const helseid::Environment &environment,
                                        const helseid::VendorProfile &profile, const QString &profileSource,
                                        crypto::Algorithm algorithm, int rsaBits);
// Running the file again with a contact filled in (or changed) updates the onboarding's contact, which
// HelseID never sees and so may change in any state. An empty cell keeps the stored one. True if changed.
bool applyRowContact(const BatchRow &row, onboarding::OnboardingSetup &setup);

// What a batch run ends with, one line per row: ready to mail-merge to the customers' confirmers (the
// confirmation link, the contact e-mail and what is needed next).
class BatchReport
{
    Q_DECLARE_TR_FUNCTIONS(sfm::fleet::BatchReport)

public:
    struct Line
    {
        BatchRow row;
        onboarding::OnboardingData data; // empty id: the row was skipped (a problem) or could not start
        QString problem;                 // why the row has no onboarding, or how it stopped
    };

    void add(Line line) { m_lines.append(std::move(line)); }
    const QList<Line> &lines() const { return m_lines; }

    // The stable column names of the CSV and the keys of the JSON.
    static QStringList columns();
    // RFC 4180, UTF-8 with a BOM (so Excel reads the æøå), comma-separated, CRLF.
    QByteArray toCsv() const;
    QJsonArray toJson() const;

    // What is needed next for the row, in words (translated).
    static QString nextStep(const Line &line);
    // The counts of the summary line.
    struct Summary
    {
        int rows = 0, ready = 0, waitingForCustomer = 0, needsYou = 0, failed = 0, skipped = 0;
    };
    Summary summary() const;
    QString summaryText() const; // "200 rows: 150 ready, 40 waiting for the customer, …"

private:
    QList<Line> m_lines;
};

} // namespace sfm::fleet
