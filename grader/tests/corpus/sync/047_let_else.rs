fn parse_pair(s: &str) -> Option<(i32, i32)> {
    let Some((a, b)) = s.split_once(',') else {
        println!("  no comma in {s:?}");
        return None;
    };
    let Ok(a) = a.trim().parse::<i32>() else {
        println!("  bad left {a:?}");
        return None;
    };
    let Ok(b) = b.trim().parse::<i32>() else {
        println!("  bad right {b:?}");
        return None;
    };
    Some((a, b))
}

fn main() {
    for input in ["3, 4", "10,-2", "nothing", "x,1", "1, y"] {
        println!("{input:?} -> {:?}", parse_pair(input));
    }
    let values = vec![Some(1), None, Some(3)];
    let mut sum = 0;
    for v in &values {
        let Some(n) = v else { continue };
        sum += n;
    }
    println!("sum {sum}");
}
