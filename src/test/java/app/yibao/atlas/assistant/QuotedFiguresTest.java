package app.yibao.atlas.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class QuotedFiguresTest {

    @Test
    void amountsAreFiguresAndYearsAndSmallCountsAreNot() {
        assertEquals(Set.of("7778.15"), QuotedFigures.in("深圳医保个人账户超过7778.15元的部分可以做什么"));
        assertEquals(Set.of("6475", "32376"), QuotedFigures.in("2024年缴费基数6475到32376元"));
        assertEquals(Set.of("0.5"), QuotedFigures.in("利率0.5吗"));
        assertEquals(Set.of(), QuotedFigures.in("提取后3个工作日到账吗，2023年以后呢"));
    }
}
