#pragma once

#include "ui/SafeCopyPlan.h"

#include <QWizard>

namespace scanshield::ui {

class SafeCopyChoosePage;
class SafeCopyOptionsPage;
class SafeCopyPreviewPage;
class SafeCopyDestinationPage;
class SafeCopyProgressPage;
class SafeCopyResultPage;

// "Make a safe copy": what to include, how to anonymize (the patient's default chosen), one
// file before and after, where the copy goes, then the copy made and checked, and what the
// check found. Each step is a page of its own (SafeCopy*Page).
class SafeCopyWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { ChoosePage, OptionsPage, PreviewPage, DestinationPage, ProgressPage, ResultPage };

    SafeCopyWizard(SafeCopyPlan plan, QWidget* parent = nullptr);

    SafeCopyPlan& plan() { return m_plan; }
    SafeCopyChoosePage* choosePage() const { return m_choose; }
    SafeCopyOptionsPage* optionsPage() const { return m_options; }
    SafeCopyPreviewPage* previewPage() const { return m_preview; }
    SafeCopyDestinationPage* destinationPage() const { return m_destination; }
    SafeCopyProgressPage* progressPage() const { return m_progress; }
    SafeCopyResultPage* resultPage() const { return m_result; }

    // While the copy is being made, closing the wizard stops it first; nothing is kept.
    void reject() override;

signals:
    // The person asked to look at the finished copy in ScanShield.
    void openCopyRequested(const QString& folder);

private:
    SafeCopyPlan m_plan;
    SafeCopyChoosePage* m_choose = nullptr;
    SafeCopyOptionsPage* m_options = nullptr;
    SafeCopyPreviewPage* m_preview = nullptr;
    SafeCopyDestinationPage* m_destination = nullptr;
    SafeCopyProgressPage* m_progress = nullptr;
    SafeCopyResultPage* m_result = nullptr;
};

} // namespace scanshield::ui
