#pragma once

#include <QList>
#include <QRect>
#include <QString>

class DcmDataset;

namespace scanshield::deid {

// Blacks out text burned into the pictures of one dataset (DCMTK), in place: every box is
// filled, grown by kBlackOutMargin pixels because OCR boxes hug the letters, on every frame
// (text on a cine sits in the same place on each frame; OCR reads only some of them).
// Compressed pixel data is decoded first (RLE, JPEG, JPEG-LS: DCMTK's decoders); the dataset
// is then uncompressed and must be written losslessly (explicit VR little endian).
// False, with a sentence in *error, when the pixels cannot be decoded or have a layout it
// does not handle; the dataset must then not be written.
inline constexpr int kBlackOutMargin = 4;
bool blackOutText(DcmDataset& dataset, const QList<QRect>& boxes, QString* error);

} // namespace scanshield::deid
