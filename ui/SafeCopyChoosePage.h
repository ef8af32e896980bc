#pragma once

#include "ui/SafeCopyPlan.h"

#include <QWizardPage>

class QListWidget;
class QTreeWidget;

namespace scanshield::ui {

// Step 1: what goes into the copy. Every series of pictures is ticked; files that are not
// pictures are not, and each says what ScanShield found in it before the person may tick it.
class SafeCopyChoosePage : public QWizardPage {
    Q_OBJECT
public:
    SafeCopyChoosePage(SafeCopyPlan& plan, QWidget* parent = nullptr);

    QTreeWidget* seriesTree() const { return m_series; }
    QListWidget* otherFileList() const { return m_otherFiles; }

    bool isComplete() const override;
    bool validatePage() override;

private:
    void fillSeries();
    void fillOtherFiles();
    QString whatIsInside(const media::OtherFile& file) const;

    SafeCopyPlan& m_plan;
    QTreeWidget* m_series = nullptr;
    QListWidget* m_otherFiles = nullptr;
};

} // namespace scanshield::ui
