#include "WizardPage.h"

#include "InlineError.h"
#include "OnboardingWizard.h"
#include "PracticeBanner.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace sfm::ui {

namespace {

// The page's content scrolls, so its natural size must not decide the window's: a fixed hint in text units
// spares QWizard laying out every word-wrapped label at trial widths just to size the window (a third of
// the time to the first page). The content is laid out once, for the width it really gets.
class PageScrollArea : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;
    QSize sizeHint() const override
    {
        const QFontMetrics metrics(font());
        return {metrics.averageCharWidth() * 60, metrics.height() * 16};
    }
};

} // namespace

WizardPage::WizardPage(OnboardingWizard *owner)
    : QWizardPage(nullptr)
    , m_owner(owner)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_banner = new PracticeBanner(this);
    m_banner->hide();
    outer->addWidget(m_banner);

    auto *scroll = new PageScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("pageContent"));
    m_content = content;
    m_body = new QVBoxLayout(content);
    m_body->setContentsMargins(0, 0, 4, 0);
    scroll->setWidget(content);
    // The scroll area's background follows the window, not the base colour, in light and dark palettes.
    scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);
    outer->addWidget(scroll, 1);

    m_busyRow = new QWidget(this);
    auto *busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    m_busyBar = new QProgressBar(m_busyRow);
    m_busyBar->setRange(0, 0); // indeterminate
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(160);
    m_busyLabel = new QLabel(m_busyRow);
    m_busyLabel->setWordWrap(true);
    busyLayout->addWidget(m_busyBar);
    busyLayout->addWidget(m_busyLabel, 1);
    m_busyRow->hide();
    outer->addWidget(m_busyRow);

    m_error = new InlineError(this);
    m_error->setObjectName(QStringLiteral("pageError"));
    outer->addWidget(m_error);
    retranslateBase();
}

QWidget *WizardPage::firstField() const
{
    // The whole focus chain, from the content round to it: widgets made after the content was put in the
    // scroll area are linked in at the end of the window's chain, not right after the content.
    for (QWidget *w = m_content->nextInFocusChain(); w != m_content; w = w->nextInFocusChain()) {
        if (m_content->isAncestorOf(w) && w->isVisible() && w->isEnabled() &&
            (w->focusPolicy() & Qt::TabFocus) && !qobject_cast<QLabel *>(w) && !qobject_cast<QScrollBar *>(w))
            return w;
    }
    return nullptr;
}

void WizardPage::showEvent(QShowEvent *event)
{
    QWizardPage::showEvent(event);
    // After QWizard's own focus handling for the page switch, and after the page filled its fields.
    QTimer::singleShot(0, this, [this] {
        if (!isVisible() || (wizard() && wizard()->currentPage() != this))
            return;
        const QWidget *focus = QApplication::focusWidget();
        if (focus && m_content->isAncestorOf(focus) && focus != firstField() &&
            focus->focusPolicy() & Qt::TabFocus && !qobject_cast<const QLabel *>(focus))
            return; // the page chose a field itself
        if (QWidget *field = firstField())
            field->setFocus(Qt::OtherFocusReason);
    });
}

void WizardPage::setPracticeMode(bool on)
{
    m_banner->setVisible(on);
}

bool WizardPage::isComplete() const
{
    return !m_busy && QWizardPage::isComplete();
}

void WizardPage::attach(onboarding::Onboarding *) {}

onboarding::Onboarding *WizardPage::onboarding() const
{
    return m_owner ? m_owner->onboarding() : nullptr;
}

void WizardPage::setBusy(bool busy, std::function<QString()> text)
{
    m_busyText = busy ? std::move(text) : std::function<QString()>();
    m_busyLabel->setText(m_busyText ? m_busyText() : QString());
    m_busyRow->setVisible(busy);
    if (m_busy != busy) {
        m_busy = busy;
        emit completeChanged();
    }
}

void WizardPage::showError(const Error &error)
{
    m_error->setError(error);
}

void WizardPage::clearError()
{
    m_error->clear();
}

int WizardPage::pageId() const
{
    if (!m_owner)
        return -1;
    for (int id : m_owner->pageIds()) {
        if (m_owner->page(id) == this)
            return id;
    }
    return -1;
}

bool WizardPage::onboardingMovedOn() const
{
    const onboarding::Onboarding *current = onboarding();
    if (!current)
        return false;
    const int routed = OnboardingWizard::pageForState(current->state(), current->data().setup.alternative,
                                                      m_owner->manualWithOwnKey());
    // Page ids follow the wizard's order; Failed and Cancelled route to the first page.
    return routed > pageId();
}

void WizardPage::waitForModel(std::function<QString()> busyText, std::function<void()> then,
                              std::function<void(const Error &)> onError)
{
    endWait();
    onboarding::Onboarding *current = onboarding();
    if (!current)
        return;
    m_waiting.active = true;
    m_waiting.then = std::move(then);
    m_waiting.onError = std::move(onError);
    setBusy(true, std::move(busyText));
    m_waiting.state = connect(current, &onboarding::Onboarding::stateChanged, this, [this] {
        if (!onboardingMovedOn())
            return;
        auto done = m_waiting.then;
        endWait();
        setBusy(false);
        if (done)
            done();
        if (m_owner->currentPage() == this)
            m_owner->next();
    });
    m_waiting.error =
        connect(current, &onboarding::Onboarding::errorOccurred, this, [this](const Error &error) {
            auto handle = m_waiting.onError;
            endWait();
            setBusy(false);
            if (handle)
                handle(error);
            else
                showError(error);
        });
}

void WizardPage::endWait()
{
    disconnect(m_waiting.state);
    disconnect(m_waiting.error);
    m_waiting = {};
}

void WizardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateBase();
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void WizardPage::retranslateBase()
{
    if (m_busyText)
        m_busyLabel->setText(m_busyText());
    m_busyBar->setAccessibleName(tr("Working"));
}

} // namespace sfm::ui
