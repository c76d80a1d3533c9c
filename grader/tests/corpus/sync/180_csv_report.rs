use std::collections::BTreeMap;

const DATA: &str = "\
region,product,units,price
north,widget,10,2.50
south,widget,4,2.50
north,gadget,3,10.00
east,widget,7,2.25
south,gizmo,1,99.99
north,widget,5,2.50
bad line
east,gadget,x,10.00";

#[derive(Debug, Default)]
struct Totals {
    units: u32,
    revenue: f64,
}

fn main() {
    let mut by_region: BTreeMap<&str, Totals> = BTreeMap::new();
    let mut errors = Vec::new();
    for (n, line) in DATA.lines().enumerate().skip(1) {
        let fields: Vec<&str> = line.split(',').collect();
        let [region, _product, units, price] = fields[..] else {
            errors.push(format!("line {}: expected 4 fields, got {}", n + 1, fields.len()));
            continue;
        };
        let (Ok(units), Ok(price)) = (units.parse::<u32>(), price.parse::<f64>()) else {
            errors.push(format!("line {}: bad number", n + 1));
            continue;
        };
        let t = by_region.entry(region).or_default();
        t.units += units;
        t.revenue += units as f64 * price;
    }
    println!("{:<8}{:>6}{:>10}", "region", "units", "revenue");
    for (region, t) in &by_region {
        println!("{:<8}{:>6}{:>10.2}", region, t.units, t.revenue);
    }
    let total: f64 = by_region.values().map(|t| t.revenue).sum();
    println!("{:<8}{:>6}{:>10.2}", "total", by_region.values().map(|t| t.units).sum::<u32>(), total);
    for e in &errors {
        eprintln!("{e}");
    }
}
