#include "ui/SafeCopyProgressPage.h"

#include "exposure/ExposureScanner.h"

#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>
#include <QtConcurrent/QtConcurrentRun>

namespace scanshield::ui {

SafeCopyProgressPage::SafeCopyProgressPage(SafeCopyPlan& plan, QWidget* parent) : QWizardPage(parent), m_plan(plan)
{
    setTitle(tr("Making your copy"));
    setSubTitle(tr("Your original is only read, never changed. You can stop at any time; nothing is kept then."));
    auto* layout = new QVBoxLayout(this);
    m_stage = new QLabel(this);
    m_stage->setWordWrap(true);
    layout->addWidget(m_stage);
    m_bar = new QProgressBar(this);
    m_bar->setAccessibleName(tr("Progress of the copy"));
    layout->addWidget(m_bar);
    layout->addStretch(1);
    connect(&m_watcher, &QFutureWatcher<deid::SafeCopyOutcome>::finished, this, &SafeCopyProgressPage::onFinished);
}

SafeCopyProgressPage::~SafeCopyProgressPage()
{
    // The job refers to the plan, which dies with the wizard: it must be over first.
    m_cancel = true;
    m_watcher.waitForFinished();
}

void SafeCopyProgressPage::initializePage()
{
    m_plan.finished = false;
    m_cancel = false;
    m_stage->setText(tr("Getting ready…"));
    m_bar->setRange(0, 0);
    const SafeCopyPlan& plan = m_plan;
    // Its own reading of the disc: the window keeps using its own for the pictures.
    m_watcher.setFuture(QtConcurrent::run([this, &plan] {
        QString error;
        std::unique_ptr<media::DiscSource> source = media::openDiscSource(plan.discLocation, error);
        if (!source) {
            deid::SafeCopyOutcome failed;
            failed.copy.error = tr("The disc could not be read again: %1").arg(error);
            return failed;
        }
        exposure::ExposureScanner scanner;
        deid::SafeCopyJob job(scanner);
        job.setCancelFlag(&m_cancel);
        job.setProgressCallback([this](deid::SafeCopyStage stage, int done, int total) {
            QMetaObject::invokeMethod(this, [this, stage, done, total] { showProgress(stage, done, total); }, Qt::QueuedConnection);
        });
        return job.run(plan.index, *source, plan.report, plan.request);
    }));
}

void SafeCopyProgressPage::showProgress(deid::SafeCopyStage stage, int done, int total)
{
    if (m_cancel)
        return;
    m_bar->setRange(0, total); // 0 of 0: a busy bar for the stages without counts
    m_bar->setValue(done);
    switch (stage) {
    case deid::SafeCopyStage::FindingFaces:
        m_stage->setText(tr("Finding where to cut your face away from the 3D scans of your head…"));
        break;
    case deid::SafeCopyStage::Copying:
        m_stage->setText(tr("Anonymizing file %1 of %2…").arg(done).arg(total));
        break;
    case deid::SafeCopyStage::Checking:
        m_stage->setText(tr("Checking the copy: reading it back, pictures included, %1 of %2…").arg(done).arg(total));
        break;
    case deid::SafeCopyStage::CheckingFaces:
        m_stage->setText(tr("Checking that your face is gone from the copy…"));
        break;
    }
}

void SafeCopyProgressPage::stop(std::function<void()> then)
{
    m_afterStop = std::move(then);
    m_cancel = true;
    m_stage->setText(tr("Stopping, and removing what was written…"));
    m_bar->setRange(0, 0);
}

void SafeCopyProgressPage::onFinished()
{
    m_plan.outcome = m_watcher.result();
    m_plan.finished = true;
    if (m_afterStop) {
        std::function<void()> then = std::move(m_afterStop);
        then();
        return;
    }
    emit completeChanged();
    // On to the result, once this page's own signals are handled.
    QTimer::singleShot(0, this, [this] {
        if (wizard() && wizard()->currentPage() == this)
            wizard()->next();
    });
}

bool SafeCopyProgressPage::isComplete() const
{
    return m_plan.finished;
}

} // namespace scanshield::ui
