#pragma once

#include "ui/SafeCopyPlan.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <atomic>
#include <functional>

class QLabel;
class QProgressBar;

namespace scanshield::ui {

// Step 5: the copy is made and checked on worker threads (deid::SafeCopyJob) while this page
// says which stage it is at; the wizard's Cancel stops it, and nothing is kept. When the job
// is over the wizard moves on to the result by itself.
class SafeCopyProgressPage : public QWizardPage {
    Q_OBJECT
public:
    SafeCopyProgressPage(SafeCopyPlan& plan, QWidget* parent = nullptr);
    ~SafeCopyProgressPage() override;

    QProgressBar* progressBar() const { return m_bar; }
    QLabel* stageLabel() const { return m_stage; }
    bool isRunning() const { return m_watcher.isRunning(); }
    // Asks the job to stop; `then` runs once it has.
    void stop(std::function<void()> then);

    void initializePage() override;
    bool isComplete() const override;

private:
    void showProgress(deid::SafeCopyStage stage, int done, int total);
    void onFinished();

    SafeCopyPlan& m_plan;
    QLabel* m_stage = nullptr;
    QProgressBar* m_bar = nullptr;
    QFutureWatcher<deid::SafeCopyOutcome> m_watcher;
    std::atomic_bool m_cancel{false};
    std::function<void()> m_afterStop;
};

} // namespace scanshield::ui
