package org.opentmf.ordering.query;

/**
 * TMF622 v4.0.0 ProductOrder / CancelProductOrder and every type reachable from them, as in the v4 Swagger
 * (attribute names and types only). Extension attributes are deliberately absent: they are not queryable.
 */
public final class Tmf622Schema {
    private static final String ENTITY = " @baseType @schemaLocation @type";
    private static final String REF = "id href name @referredType" + ENTITY;

    public static final JsonSchema V4 = JsonSchema.builder()
            .type("ProductOrder", "id href cancellationDate:date-time cancellationReason category"
                    + " completionDate:date-time description expectedCompletionDate:date-time externalId"
                    + " notificationContact orderDate:date-time priority requestedCompletionDate:date-time"
                    + " requestedStartDate:date-time agreement:AgreementRef[] billingAccount:BillingAccountRef"
                    + " channel:RelatedChannel[] note:Note[] orderTotalPrice:OrderPrice[] payment:PaymentRef[]"
                    + " productOfferingQualification:ProductOfferingQualificationRef[]"
                    + " productOrderItem:ProductOrderItem[] quote:QuoteRef[] relatedParty:RelatedParty[] state" + ENTITY)
            .type("ProductOrderItem", "id quantity:integer action appointment:AppointmentRef"
                    + " billingAccount:BillingAccountRef itemPrice:OrderPrice[] itemTerm:OrderTerm[]"
                    + " itemTotalPrice:OrderPrice[] payment:PaymentRef[] product:ProductRefOrValue"
                    + " productOffering:ProductOfferingRef"
                    + " productOfferingQualificationItem:ProductOfferingQualificationItemRef"
                    + " productOrderItem:ProductOrderItem[] productOrderItemRelationship:OrderItemRelationship[]"
                    + " qualification:ProductOfferingQualificationRef[] quoteItem:QuoteItemRef state" + ENTITY)
            .type("CancelProductOrder", "id href cancellationReason effectiveCancellationDate:date-time"
                    + " requestedCancellationDate:date-time productOrder:ProductOrderRef state" + ENTITY)
            .type("ProductRefOrValue", "id href description isBundle:boolean isCustomerVisible:boolean name"
                    + " orderDate:date-time productSerialNumber startDate:date-time terminationDate:date-time"
                    + " agreement:AgreementItemRef[] billingAccount:BillingAccountRef place:RelatedPlaceRefOrValue[]"
                    + " product:ProductRefOrValue[] productCharacteristic:Characteristic[]"
                    + " productOffering:ProductOfferingRef productOrderItem:RelatedProductOrderItem[]"
                    + " productPrice:ProductPrice[] productRelationship:ProductRelationship[]"
                    + " productSpecification:ProductSpecificationRef productTerm:ProductTerm[]"
                    + " realizingResource:ResourceRef[] realizingService:ServiceRef[] relatedParty:RelatedParty[]"
                    + " status @referredType" + ENTITY)
            .type("AgreementRef", REF)
            .type("AgreementItemRef", REF + " agreementItemId")
            .type("AppointmentRef", "id href description @referredType" + ENTITY)
            .type("BillingAccountRef", REF)
            .type("Characteristic", "name valueType value:any" + ENTITY)
            .type("Money", "unit value:number")
            .type("Note", "id author date:date-time text" + ENTITY)
            .type("OrderItemRelationship", "id relationshipType" + ENTITY)
            .type("OrderPrice", "description name priceType recurringChargePeriod unitOfMeasure"
                    + " billingAccount:BillingAccountRef price:Price priceAlteration:PriceAlteration[]"
                    + " productOfferingPrice:ProductOfferingPriceRef" + ENTITY)
            .type("OrderTerm", "description name duration:Quantity" + ENTITY)
            .type("PaymentRef", REF)
            .type("Price", "percentage:number taxRate:number dutyFreeAmount:Money taxIncludedAmount:Money" + ENTITY)
            .type("PriceAlteration", "applicationDuration:integer description name priceType priority:integer"
                    + " recurringChargePeriod unitOfMeasure price:Price productOfferingPrice:ProductOfferingPriceRef" + ENTITY)
            .type("ProductOfferingPriceRef", REF)
            .type("ProductOfferingQualificationItemRef", "id href name productOfferingQualificationHref"
                    + " productOfferingQualificationId productOfferingQualificationName @referredType" + ENTITY)
            .type("ProductOfferingQualificationRef", REF)
            .type("ProductOfferingRef", REF)
            .type("ProductOrderRef", REF)
            .type("ProductPrice", "description name priceType recurringChargePeriod unitOfMeasure"
                    + " billingAccount:BillingAccountRef price:Price productOfferingPrice:ProductOfferingPriceRef"
                    + " productPriceAlteration:PriceAlteration[]" + ENTITY)
            .type("ProductRelationship", "relationshipType product:ProductRefOrValue" + ENTITY)
            .type("ProductSpecificationRef", REF + " version targetProductSchema:TargetProductSchema")
            .type("ProductTerm", "description name duration:Quantity validFor:TimePeriod" + ENTITY)
            .type("Quantity", "amount:number units")
            .type("QuoteItemRef", "id href name quoteHref quoteId quoteName @referredType" + ENTITY)
            .type("QuoteRef", REF)
            .type("RelatedChannel", REF + " role")
            .type("RelatedParty", REF + " role")
            .type("RelatedPlaceRefOrValue", REF + " role")
            .type("RelatedProductOrderItem", "orderItemAction orderItemId productOrderHref productOrderId role"
                    + " @referredType" + ENTITY)
            .type("ResourceRef", REF + " value")
            .type("ServiceRef", REF)
            .type("TargetProductSchema", ENTITY.trim())
            .type("TimePeriod", "endDateTime:date-time startDateTime:date-time")
            .build();

    private Tmf622Schema() {
    }
}
