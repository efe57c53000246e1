import { describe, expect, it } from "vitest";
import { figureSentenceTest, howMuchAsks } from "./figure-question.js";

describe("figureSentenceTest", () => {
  it("accepts a count of the thing asked about", () => {
    const test = figureSentenceTest("How many GPs are there in England?", []);
    expect(test?.("England has 36,000 GPs.")).toBe(true);
    expect(test?.("There are three out of four GPs in partnerships.")).toBe(false);
  });

  it("reads 'one in five' as a share, as a percentage", () => {
    const test = figureSentenceTest("What proportion of households find their bill hard to afford?", []);
    expect(test?.("One in five households say they find their bill difficult to afford.")).toBe(true);
    expect(test?.("It was the only one in the region.")).toBe(false);
    // A share is no sum: "how much is" wants money.
    expect(figureSentenceTest("How much is the grant per patient?", [])?.("Nearly one in ten patients waits a month.")).toBe(false);
  });

  it("does not read a ratio as a count", () => {
    const test = figureSentenceTest("How many GPs are there in England?", []);
    expect(test?.("Nearly one in ten GP appointments take place more than two weeks after booking.")).toBe(false);
    expect(test?.("Two out of five GP surgeries closed.")).toBe(false);
  });

  it("reads \"one\" as an example, unless a word makes it a count", () => {
    const test = figureSentenceTest("How many CCGs are there?", []);
    expect(test?.("As one CCG chief executive told the strategy unit, budgets are tight.")).toBe(false);
    expect(test?.("There is only one CCG in the city.")).toBe(true);
  });

  it("asks 'what is X's budget?' of a sentence giving that sum, not any sum", () => {
    const test = figureSentenceTest("What is Ofwat's annual budget?", []);
    expect(test?.("Ofwat's budget is £35 million a year.")).toBe(true);
    expect(test?.("The average annual bill will rise by £155.")).toBe(false);
    const fine = figureSentenceTest("What fine did Wessex Water get?", []);
    expect(fine?.("Severn Vale Water was fined £2.2 million last year.")).toBe(true);
    expect(fine?.("Five companies, Wessex Water among them, have two months to decide.")).toBe(false);
  });

  it("asks 'how quickly' of a sentence stating a time limit", () => {
    const test = figureSentenceTest("How quickly do firms have to put spill data online?", []);
    expect(test?.("Companies must publish the data within an hour of a discharge starting.")).toBe(true);
    expect(test?.("The EA's annual data for 2024 showed 464,000 spill events.")).toBe(false);
  });

  it("reads a share or a length of time as no count of the noun after it", () => {
    const test = figureSentenceTest("How many companies are in special administration?", []);
    expect(test?.("It reduced the penalty by 10 per cent because the company co-operated.")).toBe(false);
    expect(test?.("The failures went on for seven years and affected companies in the south.")).toBe(false);
    expect(test?.("Two companies were fined.")).toBe(true);
  });

  it("reads a count within its clause", () => {
    const test = figureSentenceTest("How many hospitals are there in Denmark?", []);
    expect(test?.("Funding depends on five criteria: fewer hospital admissions and shorter stays.")).toBe(false);
    expect(test?.("Denmark has 1,000 small hospitals, 30 of them public.")).toBe(true);
  });

  it("counts the plural noun, not the words before it, and reads an acronym with a small s as plural", () => {
    const beds = figureSentenceTest("How many general and acute hospital beds does the NHS have?", []);
    expect(beds?.("Funding depends on five general criteria.")).toBe(false);
    expect(beds?.("The NHS has 100,000 general and acute beds.")).toBe(true);
    const systems = figureSentenceTest("How many ICSs contain place-based partnerships?", []);
    expect(systems?.("There are 175 place-based partnerships.")).toBe(false);
    expect(systems?.("39 of 42 ICSs contain them.")).toBe(true);
  });

  it("counts the question's first plural, not the words after it", () => {
    const test = figureSentenceTest("How many nurses left the NHS in 2023?", []);
    expect(test?.("In 2023, 40,000 nurses left.")).toBe(true);
    expect(test?.("Boards have three members from NHS trusts and a nursing director.")).toBe(false);
  });

  it("does not read money spent on the thing as a count of it", () => {
    const test = figureSentenceTest("How many hospitals are there in Denmark?", []);
    expect(test?.("Denmark has invested £70 million in new hospitals.")).toBe(false);
    expect(test?.("Denmark spent £2bn on its 21 hospitals.")).toBe(true);
  });

  it("reads past a singular ending in s or an acronym to the plural counted", () => {
    const routes = figureSentenceTest("How many bus routes have been cut?", []);
    expect(routes?.("Some 5,000 routes have been reduced or withdrawn.")).toBe(true);
    const trusts = figureSentenceTest("How many NHS trusts are there?", []);
    expect(trusts?.("There are 210 trusts.")).toBe(true);
    expect(trusts?.("The NHS employs 1.3 million people.")).toBe(false);
  });

  it("wants a figure stated with the measure a question names", () => {
    const test = figureSentenceTest("What is the population of Wigan?", []);
    expect(test?.("Wigan has a population of 330,000.")).toBe(true);
    expect(test?.("Kate Arden, Former Director of Public Health, Wigan Council")).toBe(false);
    expect(test?.("The population is ageing.")).toBe(false);
    expect(test?.("The deal for the area’s 2.8 million inhabitants began in 2016.")).toBe(true);
    expect(figureSentenceTest("population of Wigan", [])?.("Wigan has 330,000 residents.")).toBe(true);
    const salary = figureSentenceTest("average salary of an ICB chief executive?", []);
    expect(salary?.("Each ICB must have a chair, chief executive and finance director.")).toBe(false);
    expect(salary?.("The average chief executive earns £180,000.")).toBe(true);
    expect(figureSentenceTest("What is the four-hour A&E target?", [])?.("ACOs target patients at risk of A&E attendance.")).toBe(false);
    const target = figureSentenceTest("What is the waiting time target for cancer treatment?", []);
    expect(target?.("The target is treatment within 62 days.")).toBe(true);
    expect(target?.("Patients must be treated on a timely basis.")).toBe(false);
  });

  it("reads a measure after \"what's\" and a maximum or minimum as measures", () => {
    const size = figureSentenceTest("what's the total size of the waiting list?", []);
    expect(size?.("Patients are almost twice as likely to be on a wait list.")).toBe(false);
    expect(size?.("The waiting list's size is 7.6 million.")).toBe(true);
    const maximum = figureSentenceTest("What's the maximum waiting time standard for therapies?", []);
    expect(maximum?.("Comprehensive maximum waiting time standards cannot be compromised.")).toBe(false);
  });

  it("answers what a budget or grant is with a sum of money", () => {
    const test = figureSentenceTest("What is the CQC's budget?", []);
    expect(test?.("The CQC regulates providers and inspects services.")).toBe(false);
    expect(test?.("The CQC has a budget of £250 million.")).toBe(true);
    expect(figureSentenceTest("What is the budget for?", [])).toBeNull();
  });

  it("answers how long with a length of time", () => {
    const test = figureSentenceTest("How long should the block grants run?", []);
    expect(test?.("Grants should be allocated for a minimum of five years.")).toBe(true);
    expect(test?.("CCGs should be given five-year fixed budgets.")).toBe(true);
    expect(test?.("Patients are twice as likely to wait.")).toBe(false);
  });

  it("answers an amount with money or a share, and a ratio only a difference", () => {
    expect(figureSentenceTest("How much is the global sum?", [])?.("Patients are almost twice as likely to wait.")).toBe(false);
    expect(figureSentenceTest("How much is the global sum?", [])?.("It is £100 per patient.")).toBe(true);
    expect(figureSentenceTest("How much bigger is the budget?", [])?.("It is twice the size.")).toBe(true);
  });

  it("does not require a count of the whole when the question counts a part of it", () => {
    const test = figureSentenceTest("How many of the folks on the boards are elected councillors?", []);
    expect(test?.("82 were officers, and only 9 were elected councillors.")).toBe(true);
    expect(test?.("Councillors are elected.")).toBe(false);
    expect(figureSentenceTest("How many ambulances are there?", [])?.("There are 42 boards.")).toBe(false);
  });

  it("answers a difference with a figure and its unit, not a bare year", () => {
    const test = figureSentenceTest("By how much was life expectancy above expected?", []);
    expect(test?.("Life expectancy was 0.2 years higher than expected.")).toBe(true);
    expect(test?.("The study was published in 2023.")).toBe(false);
    expect(figureSentenceTest("How much smaller will NHS England be?", [])?.("It will be 30-40 per cent smaller.")).toBe(true);
  });

  it("leaves other questions alone", () => {
    expect(figureSentenceTest("What is an integrated care board?", [])).toBeNull();
    expect(figureSentenceTest("What is the role of the mayor?", [])).toBeNull();
    expect(figureSentenceTest("How much power do ICPs actually have?", [])).toBeNull();
  });
});

describe("howMuchAsks", () => {
  it("tells an amount from a difference and from a degree that no figure answers", () => {
    expect(howMuchAsks("How much is the public health grant?")).toBe("amount");
    expect(howMuchAsks("How much commissioning money does NHS England pass to ICBs?")).toBe("amount");
    expect(howMuchAsks("how much of the budget is delegated?")).toBe("amount");
    expect(howMuchAsks("By how much did staff numbers grow?")).toBe("difference");
    expect(howMuchAsks("How much higher is spending in London?")).toBe("difference");
    expect(howMuchAsks("How much power do ICPs have?")).toBe("degree");
    expect(howMuchAsks("How much say do councils get over hospitals?")).toBe("degree");
    expect(howMuchAsks("How many ICSs are there?")).toBeNull();
});
});
