#pragma once

#include "ui/SafeCopyPlan.h"

#include <QWizardPage>

class QLabel;
class QListWidget;
class QPushButton;

namespace scanshield::ui {

// Step 6: what came of it, said plainly: safe and checked, or not safe with what the check
// found, or not made with the reason. From a safe copy the person can open its folder or
// look at it in ScanShield.
class SafeCopyResultPage : public QWizardPage {
    Q_OBJECT
public:
    SafeCopyResultPage(SafeCopyPlan& plan, QWidget* parent = nullptr);

    QLabel* headline() const { return m_headline; }
    QLabel* detailsLabel() const { return m_details; }
    QListWidget* problemList() const { return m_problems; }
    QPushButton* openInScanShieldButton() const { return m_openInApp; }

    void initializePage() override;

signals:
    void openCopyRequested(const QString& folder);

private:
    QString factsOfTheCopy() const;

    SafeCopyPlan& m_plan;
    QLabel* m_headline = nullptr;
    QLabel* m_details = nullptr;
    QListWidget* m_problems = nullptr;
    QPushButton* m_openFolder = nullptr;
    QPushButton* m_openInApp = nullptr;
};

} // namespace scanshield::ui
