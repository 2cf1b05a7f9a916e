package io.throughline.analytics.trends;

import java.math.BigInteger;

/**
 * An exact ratio of counts, so that thresholds compare as METRICS.md asks (8/3 ≥ 5/3 + 1 holds,
 * in doubles it does not). Kept in lowest terms with a positive denominator; arithmetic throws
 * rather than overflow, comparisons cross-multiply without overflow.
 */
public record Fraction(long numerator, long denominator) implements Comparable<Fraction> {

    public static final Fraction ZERO = new Fraction(0, 1);

    public Fraction {
        if (denominator == 0) {
            throw new ArithmeticException("denominator 0");
        }
        if (denominator < 0) {
            numerator = Math.negateExact(numerator);
            denominator = Math.negateExact(denominator);
        }
        long gcd = gcd(Math.abs(numerator), denominator);
        if (gcd > 1) {
            numerator /= gcd;
            denominator /= gcd;
        }
    }

    public static Fraction of(long numerator, long denominator) {
        return new Fraction(numerator, denominator);
    }

    public static Fraction whole(long value) {
        return new Fraction(value, 1);
    }

    /** A decimal threshold such as 0.25, read exactly from its decimal digits. */
    public static Fraction decimal(double value) {
        var decimal = java.math.BigDecimal.valueOf(value).stripTrailingZeros();
        int scale = Math.max(decimal.scale(), 0);
        return new Fraction(
                decimal.movePointRight(scale).longValueExact(),
                BigInteger.TEN.pow(scale).longValueExact());
    }

    public Fraction plus(Fraction other) {
        long gcd = gcd(denominator, other.denominator);
        long left = other.denominator / gcd;
        return new Fraction(
                Math.addExact(
                        Math.multiplyExact(numerator, left), Math.multiplyExact(other.numerator, denominator / gcd)),
                Math.multiplyExact(denominator, left));
    }

    public Fraction minus(Fraction other) {
        return plus(new Fraction(Math.negateExact(other.numerator), other.denominator));
    }

    public Fraction times(Fraction other) {
        return new Fraction(
                Math.multiplyExact(numerator, other.numerator), Math.multiplyExact(denominator, other.denominator));
    }

    public Fraction dividedBy(Fraction other) {
        return new Fraction(
                Math.multiplyExact(numerator, other.denominator), Math.multiplyExact(denominator, other.numerator));
    }

    public boolean isAtLeast(Fraction other) {
        return compareTo(other) >= 0;
    }

    public boolean isBelow(Fraction other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Fraction other) {
        return BigInteger.valueOf(numerator)
                .multiply(BigInteger.valueOf(other.denominator))
                .compareTo(BigInteger.valueOf(other.numerator).multiply(BigInteger.valueOf(denominator)));
    }

    public double toDouble() {
        return numerator / (double) denominator;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }
}
