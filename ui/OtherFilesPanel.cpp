#include "ui/OtherFilesPanel.h"

#include <QHeaderView>

namespace scanshield::ui {

OtherFilesPanel::OtherFilesPanel(QWidget* parent) : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("File"), tr("What it is")});
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setWordWrap(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    setAccessibleName(tr("Files on the disc that are not pictures"));
}

void OtherFilesPanel::setProblems(const QList<media::FileProblem>& problems)
{
    clear();
    for (const media::FileProblem& problem : problems) {
        auto* item = new QTreeWidgetItem(this, {problem.path, problem.reason});
        const QString detail = problem.detail.isEmpty() ? problem.reason
                                                        : problem.reason + QStringLiteral("\n\n") + problem.detail;
        item->setToolTip(0, detail);
        item->setToolTip(1, detail);
    }
}

} // namespace scanshield::ui
