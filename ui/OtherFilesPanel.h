#pragma once

#include "media/DiscIndex.h"

#include <QTreeWidget>

namespace scanshield::ui {

// The files on the disc that are not pictures one can look at: viewer programs, text files,
// damaged files, files the disc's table of contents names but that are missing. Each with a
// reason in plain words; the technical detail is in the tooltip for advocates.
class OtherFilesPanel : public QTreeWidget {
    Q_OBJECT
public:
    explicit OtherFilesPanel(QWidget* parent = nullptr);
    void setProblems(const QList<media::FileProblem>& problems);
};

} // namespace scanshield::ui
