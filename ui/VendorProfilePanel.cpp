#include "VendorProfilePanel.h"

#include "Dialogs.h"
#include "InlineError.h"
#include "OnboardingWizard.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace sfm::ui {

using Origin = helseid::VendorProfileLocator::Origin;

namespace {

// One line with a path in it: the path is elided in the middle to the label's width (the start and the
// file name are what tell one place from another), the whole path is in the tooltip and the accessible
// description. A path has no spaces to wrap at, so without this a long one would widen the whole wizard.
class PathLabel : public QLabel
{
public:
    explicit PathLabel(QWidget *parent)
        : QLabel(parent)
    {
        setTextFormat(Qt::PlainText); // paths and names come from files and folders, never rich text
        // Not selectable (the whole path is in the tooltip): a selectable label lays its text out in a
        // QTextDocument, which on the first page cost a tenth of the start-up (bench_ui_startup).
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        setMinimumWidth(fontMetrics().averageCharWidth() * 20);
    }

    // compose(p) is the line with p in the place of the path.
    void setPath(const QString &path, std::function<QString(const QString &)> compose)
    {
        m_path = QDir::toNativeSeparators(path);
        m_compose = std::move(compose);
        setToolTip(m_path);
        setAccessibleDescription(m_path);
        elide();
    }
    QString fullText() const { return m_compose ? m_compose(m_path) : QString(); }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        elide();
    }

private:
    void elide()
    {
        if (!m_compose)
            return;
        const QFontMetrics metrics = fontMetrics();
        const int room = contentsRect().width() - metrics.horizontalAdvance(m_compose(QString()));
        setText(m_compose(
            metrics.elidedText(m_path, Qt::ElideMiddle, qMax(room, metrics.averageCharWidth() * 8))));
    }

    QString m_path;
    std::function<QString(const QString &)> m_compose;
};

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    // Not selectable, as PathLabel: explanatory text on the first page, laid out without a QTextDocument.
    return label;
}

} // namespace

VendorProfilePanel::VendorProfilePanel(OnboardingWizard *wizard, QWidget *parent)
    : QGroupBox(parent)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("vendorProfile"));
    auto *layout = new QVBoxLayout(this);
    m_name = wrappingLabel(this);
    m_name->setObjectName(QStringLiteral("vendorProfileName"));
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    layout->addWidget(m_name);
    m_file = new PathLabel(this);
    m_file->setObjectName(QStringLiteral("vendorProfileFile"));
    layout->addWidget(m_file);
    m_summary = wrappingLabel(this);
    layout->addWidget(m_summary);
    // The help text comes before the folders, so "the folders below" reads in order.
    m_help = wrappingLabel(this);
    m_help->setObjectName(QStringLiteral("vendorProfileHelp"));
    layout->addWidget(m_help);
    m_showFolders = new QToolButton(this);
    m_showFolders->setObjectName(QStringLiteral("showProfileFolders"));
    m_showFolders->setCheckable(true);
    m_showFolders->setAutoRaise(true);
    m_showFolders->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showFolders->setArrowType(Qt::RightArrow);
    connect(m_showFolders, &QToolButton::toggled, this, [this](bool shown) {
        m_showFolders->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        refresh();
    });
    layout->addWidget(m_showFolders);
    for (const auto &root : m_wizard->context().profileFolders) {
        Q_UNUSED(root)
        auto *folder = new PathLabel(this);
        folder->setContentsMargins(fontMetrics().averageCharWidth() * 2, 0, 0, 0);
        m_folders.append(folder);
        layout->addWidget(folder);
    }
    m_error = new InlineError(this);
    layout->addWidget(m_error);
    m_choose = new QPushButton(this);
    m_choose->setObjectName(QStringLiteral("chooseVendorProfile"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_choose);
    row->addStretch(1);
    layout->addLayout(row);
    connect(m_choose, &QPushButton::clicked, this, &VendorProfilePanel::choose);
    connect(m_wizard, &OnboardingWizard::profileChanged, this, &VendorProfilePanel::refresh);
    refresh();
}

QString VendorProfilePanel::placeName(int origin) const
{
    switch (Origin(origin)) {
    case Origin::BesideProgram:
        return tr("beside the program");
    case Origin::SystemFolder:
        return tr("the system folder");
    case Origin::UserFolder:
        return tr("your own settings folder");
    case Origin::CommandLine:
    case Origin::Setting:
    case Origin::BuiltInDemo:
    case Origin::Onboarding:
        break;
    }
    return helseid::VendorProfileLocator::originName(Origin(origin));
}

void VendorProfilePanel::refresh()
{
    setTitle(tr("Vendor profile"));
    const auto &choice = m_wizard->profileChoice();
    const bool practice = m_wizard->isPractice();
    for (QLabel *folder : std::as_const(m_folders))
        folder->hide();

    if (choice) {
        const auto &profile = choice->profile;
        QString who = profile.vendorName;
        if (!profile.systemName.isEmpty())
            who =
                who.isEmpty() ? profile.systemName : tr("%1, %2").arg(profile.vendorName, profile.systemName);
        m_name->setText(who.isEmpty() ? tr("(no name)") : who);
        auto *file = static_cast<PathLabel *>(m_file);
        if (choice->origin == Origin::BuiltInDemo) {
            file->setPath(QString(), [](const QString &) {
                return tr("The built-in practice profile, used only in practice mode.");
            });
        } else {
            const QString where = helseid::VendorProfileLocator::originName(choice->origin);
            file->setPath(choice->path,
                          [where](const QString &path) { return tr("File: %1 (%2)").arg(path, where); });
        }
        m_file->show();
        m_summary->setText(
            m_wizard->profileHasApiKey()
                ? tr("It has an API key for this environment, so Alternative 1 (automatic) is possible.")
                : tr("It has no API key for this environment: use Alternative 2 or 3."));
        m_summary->show();
        m_help->hide();
        m_showFolders->hide();
        // A file given on the command line wins over a chosen one; practice mode always uses its own.
        m_choose->setVisible(!practice && choice->origin != Origin::CommandLine);
        m_choose->setText(tr("C&hoose another profile file…"));
        return;
    }

    const Error error = choice.error().retranslated();
    const bool notFound = error.code == QLatin1String("profile.not_found");
    const auto &roots = m_wizard->context().profileFolders;
    m_name->setText(notFound ? tr("No vendor profile was found.") : tr("The vendor profile cannot be used."));
    m_file->hide();
    m_summary->hide();
    m_showFolders->setVisible(notFound && !roots.isEmpty());
    m_showFolders->setText(m_showFolders->isChecked() ? tr("The folders looked in:")
                                                      : tr("Show the folders looked in"));
    if (notFound && m_showFolders->isChecked()) {
        for (int i = 0; i < m_folders.size() && i < roots.size(); ++i) {
            const QString place = placeName(int(roots.at(i).origin));
            static_cast<PathLabel *>(m_folders.at(i))
                ->setPath(roots.at(i).folder,
                          [place](const QString &path) { return tr("• %1 (%2)").arg(path, place); });
            m_folders.at(i)->show();
        }
    }
    const QString without =
        tr("Until then, Alternative 1 (automatic) and the package link are not available; "
           "you can still import the portal's file (Alternatives 2 and 3).");
    m_help->setText(notFound
                        ? tr("The vendor profile is a small .json file from your EPJ vendor. Ask the vendor "
                             "for it, then put it in one of the folders below or choose it here.") +
                              u' ' + without
                        : error.message + u' ' + without);
    m_help->show();
    m_choose->setVisible(!practice && m_wizard->context().chooseProfile != nullptr);
    m_choose->setText(tr("C&hoose a profile file…"));
}

QString VendorProfilePanel::text() const
{
    QStringList lines{m_name->text()};
    if (m_file->isVisibleTo(this))
        lines.append(static_cast<PathLabel *>(m_file)->fullText());
    if (m_summary->isVisibleTo(this))
        lines.append(m_summary->text());
    for (QLabel *folder : m_folders) {
        if (folder->isVisibleTo(this))
            lines.append(static_cast<PathLabel *>(folder)->fullText());
    }
    if (m_help->isVisibleTo(this))
        lines.append(m_help->text());
    if (!m_error->isHidden())
        lines.append(m_error->text());
    return lines.join(u'\n');
}

void VendorProfilePanel::choose()
{
    m_error->clear();
    const QString path = Dialogs::openFileName(this, tr("Choose the vendor profile"),
                                               tr("Vendor profiles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto chosen = m_wizard->chooseProfile(path); !chosen)
        m_error->setError(chosen.error());
}

void VendorProfilePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QGroupBox::changeEvent(event);
}

} // namespace sfm::ui
