const TABLE: [(u32, &str); 13] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
];

fn to_roman(mut n: u32) -> String {
    let mut out = String::new();
    for &(value, sym) in TABLE.iter() {
        while n >= value {
            out.push_str(sym);
            n -= value;
        }
    }
    out
}

fn from_roman(s: &str) -> Result<u32, String> {
    let value = |c: char| match c {
        'I' => Ok(1),
        'V' => Ok(5),
        'X' => Ok(10),
        'L' => Ok(50),
        'C' => Ok(100),
        'D' => Ok(500),
        'M' => Ok(1000),
        other => Err(format!("bad numeral {other:?}")),
    };
    let digits: Vec<u32> = s.chars().map(value).collect::<Result<_, _>>()?;
    let mut total = 0;
    for (i, &d) in digits.iter().enumerate() {
        if digits.get(i + 1).is_some_and(|&next| next > d) {
            total -= d as i64;
        } else {
            total += d as i64;
        }
    }
    Ok(total as u32)
}

fn main() {
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999] {
        let r = to_roman(n);
        println!("{n:>4} = {r:<12} -> {:?}", from_roman(&r));
    }
    println!("{:?}", from_roman("MCMZ"));
}
