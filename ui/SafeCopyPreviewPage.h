#pragma once

#include "deid/AnonymizationPreview.h"
#include "ui/SafeCopyPlan.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace scanshield::ui {

// Step 3: one file of the disc before and after, with the options chosen, nothing written
// yet (deid::previewAnonymization). The person picks which series the file comes from.
class SafeCopyPreviewPage : public QWizardPage {
    Q_OBJECT
public:
    SafeCopyPreviewPage(SafeCopyPlan& plan, QWidget* parent = nullptr);

    QComboBox* seriesChoice() const { return m_seriesChoice; }
    QTableWidget* table() const { return m_table; }
    QCheckBox* showValuesSwitch() const { return m_showValues; }
    QCheckBox* showKeptSwitch() const { return m_showKept; }

    void initializePage() override;

private:
    void loadPreview();
    void fillTable();

    SafeCopyPlan& m_plan;
    QComboBox* m_seriesChoice = nullptr;
    QLabel* m_problem = nullptr;
    QTableWidget* m_table = nullptr;
    QCheckBox* m_showValues = nullptr;
    QCheckBox* m_showKept = nullptr;
    QList<deid::AttributeChange> m_rows;
};

} // namespace scanshield::ui
