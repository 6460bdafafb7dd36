"""Image transforms; cv2 is imported inside the worker, after the fork."""


def load_and_resize(path, size=(224, 224)):
    import cv2

    image = cv2.imread(path)
    return cv2.resize(image, size)
