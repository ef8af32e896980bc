#include "ui/SafeCopyWizard.h"

#include "ui/SafeCopyChoosePage.h"
#include "ui/SafeCopyDestinationPage.h"
#include "ui/SafeCopyOptionsPage.h"
#include "ui/SafeCopyPreviewPage.h"
#include "ui/SafeCopyProgressPage.h"
#include "ui/SafeCopyResultPage.h"

namespace scanshield::ui {

SafeCopyWizard::SafeCopyWizard(SafeCopyPlan plan, QWidget* parent) : QWizard(parent), m_plan(std::move(plan))
{
    setWindowTitle(tr("Make a safe copy"));
    // The classic style everywhere: a title and a sentence on every page, the same on every
    // desktop, and readable with large text.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_choose = new SafeCopyChoosePage(m_plan, this);
    m_options = new SafeCopyOptionsPage(m_plan, this);
    m_preview = new SafeCopyPreviewPage(m_plan, this);
    m_destination = new SafeCopyDestinationPage(m_plan, this);
    m_progress = new SafeCopyProgressPage(m_plan, this);
    m_result = new SafeCopyResultPage(m_plan, this);
    setPage(ChoosePage, m_choose);
    setPage(OptionsPage, m_options);
    setPage(PreviewPage, m_preview);
    setPage(DestinationPage, m_destination);
    setPage(ProgressPage, m_progress);
    setPage(ResultPage, m_result);
    connect(m_result, &SafeCopyResultPage::openCopyRequested, this, [this](const QString& folder) {
        emit openCopyRequested(folder);
        accept();
    });
    resize(820, 640);
}

void SafeCopyWizard::reject()
{
    if (m_progress->isRunning()) {
        // Closed once the copy has stopped and its half-made folder is gone.
        m_progress->stop([this] { QWizard::reject(); });
        return;
    }
    QWizard::reject();
}

} // namespace scanshield::ui
