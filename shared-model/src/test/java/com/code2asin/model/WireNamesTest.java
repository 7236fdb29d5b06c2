package com.code2asin.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code2asin.model.event.ImageMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WireNamesTest {

    @Test
    void aConstantIsFoundByItsLowercaseNameWhateverTheCaseAndSpaces() {
        assertEquals(Optional.of(ImageMode.REPLACE), WireNames.find(ImageMode.class, "replace"));
        assertEquals(Optional.of(ImageMode.SKIP), WireNames.find(ImageMode.class, " Skip "));
    }

    @Test
    void anUnknownBlankOrMissingNameFindsNothing() {
        assertEquals(Optional.empty(), WireNames.find(ImageMode.class, "merge"));
        assertEquals(Optional.empty(), WireNames.find(ImageMode.class, ""));
        assertEquals(Optional.empty(), WireNames.find(ImageMode.class, null));
    }
}
