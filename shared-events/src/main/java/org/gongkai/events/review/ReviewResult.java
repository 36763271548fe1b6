package org.gongkai.events.review;

/**
 * The result of a reconsideration or lawsuit as table 四 counts it (DOMAIN.md §5): 维持 covers upheld and
 * dismissed; 纠正 revoked, changed, declared unlawful or ordered to act; 其他 terminated, withdrawn or settled.
 */
public enum ReviewResult {
    UPHELD("结果维持"),
    CORRECTED("结果纠正"),
    OTHER("其他结果");

    private final String label;

    ReviewResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
