#pragma once

#include "ui/SafeCopyPlan.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace scanshield::ui {

// Step 4: where the copy goes: a folder on this computer or a USB stick, and a name for the
// copy. Says plainly when the place cannot take it (not writable, already used, inside the
// original disc, not enough room). Its button makes the copy; there is no going back after.
class SafeCopyDestinationPage : public QWizardPage {
    Q_OBJECT
public:
    SafeCopyDestinationPage(SafeCopyPlan& plan, QWidget* parent = nullptr);

    QLineEdit* folderEdit() const { return m_folder; }
    QLineEdit* nameEdit() const { return m_name; }
    QLabel* problemLabel() const { return m_problem; }
    // The folder the copy will be: the chosen place and the name.
    QString outputDir() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void chooseFolder();
    // Why the copy cannot go where chosen, in a sentence; empty when it can.
    QString problem() const;
    qint64 bytesNeeded() const;

    SafeCopyPlan& m_plan;
    QLineEdit* m_folder = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace scanshield::ui
